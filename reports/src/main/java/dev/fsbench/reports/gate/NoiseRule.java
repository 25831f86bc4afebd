package dev.fsbench.reports.gate;

/**
 * Decides one metric's verdict.
 *
 * <p>Timed metrics, in the spirit of flink-benchmarks' regression detection: a change counts only when it exceeds
 * {@code max(4% of the baseline, noise)}, where noise combines each side's {@link Observation#noiseHalfWidth()}
 * (2 sigma of repeated samples, or JMH's own 99.9% confidence half-width) as {@code sqrt(b^2 + c^2)}. When only one
 * side knows its noise it stands for both (same benchmark, same environment); when neither does, the verdict is
 * {@link Verdict#NOISY}: a single-point ratio is never trusted. A change above 4% that stays inside the noise is
 * also NOISY: not a regression, but not evidence of "unchanged" either.
 *
 * <p>Deterministic metrics (sizes, allocation per op, verification counts) must match within the metric's tight
 * tolerance; any larger difference is a real change.
 */
public final class NoiseRule {
    public static final double MIN_RELATIVE_THRESHOLD = 0.04;

    private NoiseRule() {}

    public static MetricComparison compare(Observation baseline, Observation current) {
        if (baseline.configDigest() != null && !baseline.configDigest().equals(current.configDigest())) {
            return new MetricComparison(baseline, current, Verdict.SKIPPED, Double.NaN,
                    "configuration differs (" + baseline.configDigest() + " vs " + current.configDigest() + ")");
        }
        double b = baseline.mean();
        double c = current.mean();
        double worsening = current.direction().worsening(b, c);
        if (!current.kind().timed()) {
            double tolerance = current.kind().tolerance(b);
            if (Math.abs(c - b) <= tolerance) {
                return new MetricComparison(baseline, current, Verdict.UNCHANGED, tolerance,
                        tolerance == 0 ? "deterministic: identical" : "deterministic: within " + fmt(tolerance));
            }
            return new MetricComparison(baseline, current, worsening > 0 ? Verdict.REGRESSED : Verdict.IMPROVED,
                    tolerance, "deterministic: differs by more than " + fmt(tolerance));
        }
        double noise = combinedNoise(baseline.noiseHalfWidth(), current.noiseHalfWidth());
        double floor = MIN_RELATIVE_THRESHOLD * Math.abs(b);
        if (Double.isNaN(noise)) {
            return new MetricComparison(baseline, current, Verdict.NOISY, Double.NaN,
                    "noise unknown (n=" + baseline.n() + " vs n=" + current.n()
                            + ", no confidence interval): repeat the run to compare");
        }
        double threshold = Math.max(floor, noise);
        String rule = noise > floor ? "noise " + fmt(noise) : "4% floor " + fmt(floor);
        if (Math.abs(c - b) > threshold) {
            return new MetricComparison(baseline, current, worsening > 0 ? Verdict.REGRESSED : Verdict.IMPROVED,
                    threshold, "beyond " + rule);
        }
        if (Math.abs(c - b) > floor) {
            return new MetricComparison(baseline, current, Verdict.NOISY, threshold,
                    "change above 4% but within " + rule + ": repeat to resolve");
        }
        return new MetricComparison(baseline, current, Verdict.UNCHANGED, threshold, "within " + rule);
    }

    private static double combinedNoise(double baseline, double current) {
        if (Double.isNaN(baseline)) {
            return current;
        }
        if (Double.isNaN(current)) {
            return baseline;
        }
        return Math.sqrt(baseline * baseline + current * current);
    }

    static String fmt(double v) {
        return Format.number(v);
    }
}
