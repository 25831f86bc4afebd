package dev.fsbench.results;

/**
 * One claim of an experiment judged on one engine: the claimed-better variant against the other on one metric.
 * The ratio is oriented so the claimed direction is above 1 (other / better for a lower-is-better metric such as
 * latency, better / other for a higher-is-better one such as throughput), as {@link ClaimedEffect} expects.
 *
 * @param claim         the claim, one sentence
 * @param engine        the engine the runs compared ran on
 * @param metric        the run-level figure compared (e.g. latencyP99Ms)
 * @param better        the variant the claim says is better
 * @param than          the variant it is compared with
 * @param expectedRatio the claimed size (oriented like the ratio), null for a direction-only claim
 * @param ratio         the measured ratio: the ratio of the two variants' geometric means
 * @param interval      the ratio's 95% interval (Welch's t on the logarithms of the run-level figures)
 * @param verdict       {@link ClaimedEffect#judge} on the interval
 * @param method        how the interval was taken, e.g. "welch-log-95"
 * @param note          why the verdict is inconclusive without an interval (too few runs, a figure missing),
 *                      null otherwise
 * @param atRate        the offered rate (events/s) whose runs were compared, when the experiment swept several
 *                      rates; null when it ran at one rate (or the metric is the capacity, which has no rate)
 */
public record ExperimentComparison(
        String claim,
        String engine,
        String metric,
        String better,
        String than,
        Double expectedRatio,
        Double ratio,
        RatioInterval interval,
        ClaimVerdict verdict,
        String method,
        String note,
        Double atRate) {

    /** A comparison of an experiment that ran at one rate. */
    public ExperimentComparison(
            String claim,
            String engine,
            String metric,
            String better,
            String than,
            Double expectedRatio,
            Double ratio,
            RatioInterval interval,
            ClaimVerdict verdict,
            String method,
            String note) {
        this(claim, engine, metric, better, than, expectedRatio, ratio, interval, verdict, method, note, null);
    }

    /**
     * The interval of a measured ratio.
     *
     * @param low  lower end
     * @param high upper end
     */
    public record RatioInterval(Double low, Double high) {}
}
