package dev.fsbench.reports.gate;

/**
 * Compares two maximum sustainable rates (higher is better). A capacity search finds the rate to within its
 * resolution (10 % by default; as finely as its probes pinned the figure down), so only a change beyond the
 * coarser of the two runs' resolutions counts. A ruler-limited figure ("at least N") is a lower bound
 * of the engine's capacity, which decides what can be concluded:
 * <ul>
 *   <li>both exact: regressed below {@code b·(1-r)}, improved above {@code b·(1+r)};</li>
 *   <li>baseline at least B, current exact C: only a drop below B's lower bound is a regression (the engine no
 *       longer sustains a rate it sustained); any higher C is no evidence of improvement;</li>
 *   <li>current at least C, baseline exact B: never a regression (the ruler, not the engine, stopped the search);
 *       improved when C is beyond B's resolution;</li>
 *   <li>both lower bounds: nothing follows either way (skipped).</li>
 * </ul>
 */
final class CapacityRule {
    private CapacityRule() {}

    static MetricComparison compare(Observation baseline, Observation current) {
        double b = baseline.mean();
        double c = current.mean();
        double resolution =
                Math.max(baseline.kind().relativeTolerance(), current.kind().relativeTolerance());
        double tolerance = resolution * Math.abs(b);
        String within = "within the searches' " + Format.percent(resolution) + " resolution";
        if (baseline.lowerBound() && current.lowerBound()) {
            return new MetricComparison(
                    baseline, current, Verdict.SKIPPED, Double.NaN, "both are lower bounds (ruler-limited)");
        }
        if (current.lowerBound()) {
            return c > b + tolerance
                    ? new MetricComparison(
                            baseline, current, Verdict.IMPROVED, tolerance, "at least " + fmt(c) + ": above " + fmt(b))
                    : new MetricComparison(
                            baseline,
                            current,
                            Verdict.UNCHANGED,
                            tolerance,
                            "a lower bound (ruler-limited): only an improvement could show");
        }
        if (baseline.lowerBound()) {
            return c < b - tolerance
                    ? new MetricComparison(
                            baseline,
                            current,
                            Verdict.REGRESSED,
                            tolerance,
                            "below the baseline's lower bound " + fmt(b) + " by more than the search's resolution")
                    : new MetricComparison(
                            baseline,
                            current,
                            Verdict.UNCHANGED,
                            tolerance,
                            "baseline is a lower bound: only a drop below it would count");
        }
        if (Math.abs(c - b) <= tolerance) {
            return new MetricComparison(baseline, current, Verdict.UNCHANGED, tolerance, within);
        }
        return new MetricComparison(
                baseline,
                current,
                c < b ? Verdict.REGRESSED : Verdict.IMPROVED,
                tolerance,
                "beyond the searches' " + Format.percent(resolution) + " resolution");
    }

    private static String fmt(double v) {
        return Format.number(v) + " ev/s";
    }
}
