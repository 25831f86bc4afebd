package dev.fsbench.reports.gate;

/**
 * One metric's verdict.
 *
 * @param threshold the difference the verdict was judged against (metric's unit), NaN when not compared
 * @param reason why, in words a reader of the summary can check
 */
public record MetricComparison(
        Observation baseline, Observation current, Verdict verdict, double threshold, String reason) {

    /** Relative change of the current mean against the baseline mean (NaN when the baseline is zero). */
    public double relativeChange() {
        double b = baseline.mean();
        return b == 0 ? (current.mean() == 0 ? 0 : Double.NaN) : (current.mean() - b) / Math.abs(b);
    }

    public static MetricComparison missing(Observation present, boolean inCurrent) {
        return new MetricComparison(
                present,
                present,
                Verdict.SKIPPED,
                Double.NaN,
                inCurrent ? "absent in the baseline" : "absent in the current run");
    }

    public boolean comparedBothSides() {
        return baseline != current;
    }

    /** One of the headline metrics the gate judges (see {@link HeadlineMetrics}). */
    public boolean headline() {
        return HeadlineMetrics.isHeadline(current.key());
    }

    /** Whether this verdict can fail the gate: a headline metric or a correctness check. */
    public boolean gating() {
        return HeadlineMetrics.gates(current.key());
    }

    /** Compared on both sides with a known noise (or resolution): a verdict that says something. */
    public boolean judged() {
        return comparedBothSides()
                && verdict != Verdict.SKIPPED
                && !(verdict == Verdict.NOISY && Double.isNaN(threshold));
    }
}
