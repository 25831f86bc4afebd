package dev.fsbench.reports.gate;

/**
 * Compares two maximum sustainable rates (higher is better). A capacity search brackets the capacity: an exact
 * figure F with resolution r says the capacity lies in [F, F·(1+r)) (10 % by default; wider where the probes left
 * a wider bracket). A ruler-limited figure ("at least N") says only that it is at least N. A change counts only
 * when the two brackets do not overlap:
 * <ul>
 *   <li>regressed when the current bracket lies wholly below the baseline's: {@code c·(1+r_c) < b} (the current
 *       run's resolution decides, so a wide bracket cannot hide a drop behind the baseline's narrow one);</li>
 *   <li>improved when the current figure lies above the baseline's bracket: {@code c > b·(1+r_b)};</li>
 *   <li>baseline at least B: its bracket has no top, so nothing shows an improvement; a current bracket wholly
 *       below B is a regression (the engine no longer sustains a rate it sustained);</li>
 *   <li>current at least C: never a regression (the ruler, not the engine, stopped the search); improved when C
 *       lies above the baseline's bracket;</li>
 *   <li>both lower bounds: nothing follows either way (skipped).</li>
 * </ul>
 */
final class CapacityRule {
    private CapacityRule() {}

    static MetricComparison compare(Observation baseline, Observation current) {
        double b = baseline.mean();
        double c = current.mean();
        double baselineTop = b * (1 + resolution(baseline));
        double currentTop = c * (1 + resolution(current));
        if (baseline.lowerBound() && current.lowerBound()) {
            return new MetricComparison(
                    baseline, current, Verdict.SKIPPED, Double.NaN, "both are lower bounds (ruler-limited)");
        }
        if (current.lowerBound()) {
            return c > baselineTop
                    ? new MetricComparison(
                            baseline,
                            current,
                            Verdict.IMPROVED,
                            baselineTop - b,
                            "at least " + fmt(c) + ": above the baseline's bracket up to " + fmt(baselineTop))
                    : new MetricComparison(
                            baseline,
                            current,
                            Verdict.UNCHANGED,
                            baselineTop - b,
                            "a lower bound (ruler-limited): only an improvement could show");
        }
        String brackets =
                "brackets " + bracket(b, baselineTop, baseline.lowerBound()) + " and " + bracket(c, currentTop, false);
        if (currentTop < b) {
            return new MetricComparison(
                    baseline,
                    current,
                    Verdict.REGRESSED,
                    currentTop - c,
                    (baseline.lowerBound() ? "below the baseline's lower bound: " : "below the baseline: ") + brackets);
        }
        if (!baseline.lowerBound() && c > baselineTop) {
            return new MetricComparison(
                    baseline, current, Verdict.IMPROVED, baselineTop - b, "above the baseline: " + brackets);
        }
        return new MetricComparison(
                baseline,
                current,
                Verdict.UNCHANGED,
                Math.max(baselineTop - b, currentTop - c),
                baseline.lowerBound()
                        ? "baseline is a lower bound: only a drop below it would count (" + brackets + ")"
                        : "the searches' brackets overlap: " + brackets);
    }

    /** The search's resolution, as its observation carries it ({@link MetricKind#capacity(double)}). */
    private static double resolution(Observation o) {
        return o.kind().relativeTolerance();
    }

    private static String bracket(double low, double top, boolean open) {
        return open
                ? "[" + Format.number(low) + ", ∞)"
                : "[" + Format.number(low) + ", " + Format.number(top) + ") ev/s (" + Format.percent(top / low - 1)
                        + ")";
    }

    private static String fmt(double v) {
        return Format.number(v) + " ev/s";
    }
}
