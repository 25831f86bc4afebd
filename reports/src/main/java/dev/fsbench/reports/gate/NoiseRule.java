package dev.fsbench.reports.gate;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Decides the verdict of a metric outside the streaming timings (those are judged together by
 * {@link FamilyVerdicts}): JMH scores, deterministic figures, capacity.
 *
 * <p>Timed metrics, in the spirit of flink-benchmarks' max(4%, 2 sigma) rule: a change counts only when it exceeds
 * {@code max(4% of the baseline, noise)}, with the noise at 99.9% confidence (JMH's own level; a run compares some
 * 20-100 metrics, so a looser level would raise false alarms on most A/A runs), from what is known:
 * <ul>
 *   <li>samples (repeated workloads in a run, or the runs of a history): a pooled two-sample t-test (see
 *       {@link #sampleNoise}); a side with a single sample borrows the other side's spread;</li>
 *   <li>JMH's own error, the half-width of its 99.9% confidence interval of the mean: {@code sqrt(eB^2 + eC^2)};
 *       where both are known, the larger, but the samples only once they have 5 degrees of freedom.</li>
 * </ul>
 * When neither is known the verdict is {@link Verdict#NOISY}: a single-point ratio is never trusted. A change above
 * 4% that stays inside the noise is also NOISY: not a regression, but no evidence of "unchanged" either.
 *
 * <p>Deterministic metrics (sizes, allocation per op, verification counts) must match within the metric's tight
 * tolerance, widened only by the figure's own JMH error where it has one (allocation per op before the JIT has
 * settled); any larger difference is a real change.
 */
public final class NoiseRule {
    public static final double MIN_RELATIVE_THRESHOLD = 0.04;
    private static final int MIN_DF_BESIDE_CONFIDENCE = 5;

    private NoiseRule() {}

    public static MetricComparison compare(Observation baseline, Observation current) {
        if (baseline.configDigest() != null && !baseline.configDigest().equals(current.configDigest())) {
            return new MetricComparison(
                    baseline,
                    current,
                    Verdict.SKIPPED,
                    Double.NaN,
                    "configuration differs (" + baseline.configDigest() + " vs " + current.configDigest() + ")");
        }
        if (current.kind().searched()) {
            return CapacityRule.compare(baseline, current);
        }
        double b = baseline.mean();
        double c = current.mean();
        double worsening = current.direction().worsening(b, c);
        if (!current.kind().timed()) {
            // a tight bound, widened only by the measurement's own error where it has one (JMH's alloc/op)
            double tolerance = Math.max(current.kind().tolerance(b), nanAsZero(confidenceNoise(baseline, current)));
            if (Math.abs(c - b) <= tolerance) {
                return new MetricComparison(
                        baseline,
                        current,
                        Verdict.UNCHANGED,
                        tolerance,
                        tolerance == 0 ? "deterministic: identical" : "deterministic: within " + fmt(tolerance));
            }
            return new MetricComparison(
                    baseline,
                    current,
                    worsening > 0 ? Verdict.REGRESSED : Verdict.IMPROVED,
                    tolerance,
                    "deterministic: differs by more than " + fmt(tolerance));
        }
        double fromSamples = sampleNoise(baseline, current);
        double fromConfidence = confidenceNoise(baseline, current);
        // JMH's interval rests on forks x iterations; a spread over two or three history runs, inflated by a huge t
        // quantile, would only drown it. The spread counts next to it once it has enough degrees of freedom.
        double noise = Double.isNaN(fromConfidence)
                ? fromSamples
                : baseline.n() + current.n() - 2 >= MIN_DF_BESIDE_CONFIDENCE
                        ? Math.max(fromConfidence, nanAsZero(fromSamples))
                        : fromConfidence;
        double floor = MIN_RELATIVE_THRESHOLD * Math.abs(b);
        if (Double.isNaN(fromSamples) && Double.isNaN(fromConfidence)) {
            return new MetricComparison(
                    baseline,
                    current,
                    Verdict.NOISY,
                    Double.NaN,
                    "noise unknown (n=" + baseline.n() + " vs n=" + current.n()
                            + ", no confidence interval): repeat the run to compare");
        }
        double threshold = Math.max(floor, noise);
        String rule = noise > floor
                ? "noise " + Format.magnitude(noise, current.unit())
                : "4% floor " + Format.magnitude(floor, current.unit());
        if (Math.abs(c - b) > threshold) {
            return new MetricComparison(
                    baseline,
                    current,
                    worsening > 0 ? Verdict.REGRESSED : Verdict.IMPROVED,
                    threshold,
                    "beyond " + rule);
        }
        if (Math.abs(c - b) > floor) {
            return new MetricComparison(
                    baseline,
                    current,
                    Verdict.NOISY,
                    threshold,
                    "change above 4% but within " + rule + ": repeat to resolve");
        }
        return new MetricComparison(baseline, current, Verdict.UNCHANGED, threshold, "within " + rule);
    }

    /**
     * Pooled two-sample t-test threshold at 99.9%: {@code t(0.9995, nB+nC-2) * sp * sqrt(1/nB + 1/nC)}. Pooling assumes
     * both sides share one variance, which holds for one benchmark in one environment and configuration (the
     * only pairs ever compared); it lets a single current run borrow the history's spread. NaN when neither side
     * has two samples.
     */
    static double sampleNoise(Observation baseline, Observation current) {
        int df = baseline.n() + current.n() - 2;
        if (baseline.n() < 2 && current.n() < 2) {
            return Double.NaN;
        }
        double sumSquares = squares(baseline) + squares(current);
        double pooledSd = Math.sqrt(sumSquares / df);
        double q9995 = new TDistribution(null, df).inverseCumulativeProbability(0.9995);
        return q9995 * pooledSd * Math.sqrt(1.0 / baseline.n() + 1.0 / current.n());
    }

    private static double squares(Observation o) {
        return o.n() < 2 ? 0 : (o.n() - 1) * o.stdDev() * o.stdDev();
    }

    /** From JMH's confidence half-widths; one side's error stands for both when the other's is unknown. */
    static double confidenceNoise(Observation baseline, Observation current) {
        double eB = baseline.meanError();
        double eC = current.meanError();
        if (Double.isNaN(eB) && Double.isNaN(eC)) {
            return Double.NaN;
        }
        if (Double.isNaN(eB)) {
            eB = eC;
        } else if (Double.isNaN(eC)) {
            eC = eB;
        }
        return Math.sqrt(eB * eB + eC * eC);
    }

    private static double nanAsZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    static String fmt(double v) {
        return Format.number(v);
    }
}
