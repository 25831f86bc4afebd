package dev.fsbench.reports.gate;

/**
 * How a metric varies between identical runs, which decides how it is compared.
 *
 * @param absoluteTolerance for deterministic metrics: allowed difference in the metric's unit
 * @param relativeTolerance for deterministic metrics: allowed difference as a share of the baseline
 */
public record MetricKind(boolean timed, double absoluteTolerance, double relativeTolerance) {
    /** Wall-clock figures: compared with their own measured noise. */
    public static final MetricKind TIMED = new MetricKind(true, 0, 0);
    /** Counts and sizes that identical code must reproduce exactly (serialized bytes, wrong windows). */
    public static final MetricKind EXACT = new MetricKind(false, 0, 0);
    /** JMH's gc.alloc.rate.norm: deterministic up to TLAB/sampling jitter of a fraction of a byte. */
    public static final MetricKind NEAR_EXACT = new MetricKind(false, 1.0, 0.01);
    /**
     * A capacity search's maximum sustainable rate: found to within 10 % (docs/capacity.md), so a change within
     * the search's resolution is no change; compared by {@link CapacityRule}, which knows lower bounds.
     */
    public static final MetricKind CAPACITY = new MetricKind(false, 0, CapacityRule.RESOLUTION);

    public double tolerance(double baseline) {
        return Math.max(absoluteTolerance, relativeTolerance * Math.abs(baseline));
    }
}
