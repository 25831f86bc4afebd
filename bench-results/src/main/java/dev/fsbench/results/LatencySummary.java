package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Latency percentiles in ms (null when nothing was measured), plus the distribution for a "nines" plot.
 *
 * @param count       results (window, word) the latency was taken from
 * @param percentiles HdrHistogram's percentile iteration, percentile in 0..100 (older results: 0..1)
 * @param windows     distinct window closes (window ends) among those results: the independent observations the
 *                    percentiles rest on, since every word of one window closes at the same moment; null before
 *                    schema version 3
 */
@JsonInclude(JsonInclude.Include.ALWAYS) // the schema requires every percentile, null when unmeasured
public record LatencySummary(
        Double p50,
        Double p90,
        Double p99,
        Double p999,
        Double max,
        Double mean,
        long count,
        List<PercentilePoint> percentiles,
        Long windows) {

    public record PercentilePoint(double percentile, double valueMs) {}

    public LatencySummary {
        percentiles = Copies.list(percentiles);
    }

    /** As read from results older than schema version 3, without the number of windows. */
    public LatencySummary(
            Double p50,
            Double p90,
            Double p99,
            Double p999,
            Double max,
            Double mean,
            long count,
            List<PercentilePoint> percentiles) {
        this(p50, p90, p99, p999, max, mean, count, percentiles, null);
    }

    /** Nothing measured: every percentile null. */
    public static LatencySummary empty() {
        return new LatencySummary(null, null, null, null, null, null, 0, List.of(), null);
    }
}
