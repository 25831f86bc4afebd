package dev.fsbench.reports.history;

/**
 * E-divisive means' split statistic (Matteson &amp; James 2014, "A nonparametric approach for multiple change point
 * analysis of multivariate data"; the method of Apache Otava/Hunter and MongoDB's signal processing) over one
 * series, with distance exponent 1: for a split of {@code z[s..κ)} at τ into X = z[s..τ) (n values) and
 * Y = z[τ..κ) (m values),
 *
 * <pre>q̂ = mn/(m+n) · ( 2/(mn)·Σ|X−Y| − 2/(n(n−1))·Σ_{i&lt;k}|Xi−Xk| − 2/(m(m−1))·Σ_{j&lt;k}|Yj−Yk| )</pre>
 *
 * <p>The best split of a segment maximises q̂ over τ and κ. Written by hand: no Java library implements it. Sums of
 * pairwise distances over any range come from one O(N²) table, so a whole scan costs O(N²), which the
 * permutation test repeats hundreds of times.
 */
final class EnergyDistance {
    /** The best split of one segment: the first index of its right part, and its q̂. */
    record Split(int index, double qHat) {}

    /** within[a][b] = Σ_{a≤i<k<b} |z_i − z_k|. */
    private final double[][] within;

    EnergyDistance(double[] z) {
        int n = z.length;
        within = new double[n + 1][n + 1];
        for (int a = n - 1; a >= 0; a--) {
            double fromA = 0; // Σ_{a<k<b} |z_a − z_k|
            for (int b = a + 1; b <= n; b++) {
                if (b - 1 > a) {
                    fromA += Math.abs(z[a] - z[b - 1]);
                }
                within[a][b] = within[a + 1][b] + fromA;
            }
        }
    }

    /**
     * The best split of the segment {@code [start, end)} with at least {@code minSegment} values on either side,
     * or null when the segment is too short to split.
     */
    Split bestSplit(int start, int end, int minSegment) {
        Split best = null;
        for (int tau = start + minSegment; tau + minSegment <= end; tau++) {
            double n = tau - start;
            double wx = within[start][tau];
            for (int kappa = tau + minSegment; kappa <= end; kappa++) {
                double m = kappa - tau;
                double wy = within[tau][kappa];
                double cross = within[start][kappa] - wx - wy;
                double q = 2 / (m + n) * cross - 2 * m / ((m + n) * (n - 1)) * wx - 2 * n / ((m + n) * (m - 1)) * wy;
                if (best == null || q > best.qHat()) {
                    best = new Split(tau, q);
                }
            }
        }
        return best;
    }

    /** The best split over all segments between consecutive {@code bounds} (0, change points..., N). */
    Split bestSplit(int[] bounds, int minSegment) {
        Split best = null;
        for (int i = 0; i + 1 < bounds.length; i++) {
            Split s = bestSplit(bounds[i], bounds[i + 1], minSegment);
            if (s != null && (best == null || s.qHat() > best.qHat())) {
                best = s;
            }
        }
        return best;
    }
}
