package dev.fsbench.reports.gate;

/**
 * How a metric varies between identical runs, which decides how it is compared.
 *
 * @param absoluteTolerance for deterministic metrics: allowed difference in the metric's unit
 * @param relativeTolerance for deterministic metrics: allowed difference as a share of the baseline; for a capacity
 *                          search's figure, its resolution
 * @param searched          a capacity search's figure, compared by {@link CapacityRule}
 */
public record MetricKind(boolean timed, double absoluteTolerance, double relativeTolerance, boolean searched) {
    public MetricKind(boolean timed, double absoluteTolerance, double relativeTolerance) {
        this(timed, absoluteTolerance, relativeTolerance, false);
    }

    /** Wall-clock figures: compared with their own measured noise. */
    public static final MetricKind TIMED = new MetricKind(true, 0, 0);
    /** Counts and sizes that identical code must reproduce exactly (serialized bytes, wrong windows). */
    public static final MetricKind EXACT = new MetricKind(false, 0, 0);
    /** JMH's gc.alloc.rate.norm: deterministic up to TLAB/sampling jitter of a fraction of a byte. */
    public static final MetricKind NEAR_EXACT = new MetricKind(false, 1.0, 0.01);
    /**
     * A capacity search's maximum sustainable rate, found to within {@code resolution} (docs/capacity.md: 10 % by
     * default, as finely as the search's probes pinned it down), so a change within it is no change; compared by
     * {@link CapacityRule}, which knows lower bounds.
     */
    public static MetricKind capacity(double resolution) {
        return new MetricKind(false, 0, resolution, true);
    }

    public double tolerance(double baseline) {
        return Math.max(absoluteTolerance, relativeTolerance * Math.abs(baseline));
    }
}
