package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Latency percentiles in ms (null when nothing was measured), plus the distribution for a "nines" plot.
 *
 * @param percentiles HdrHistogram's percentile iteration, percentile in 0..100 (older results: 0..1)
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
        List<PercentilePoint> percentiles) {

    public record PercentilePoint(double percentile, double valueMs) {}

    public LatencySummary {
        percentiles = Copies.list(percentiles);
    }

    /** Nothing measured: every percentile null. */
    public static LatencySummary empty() {
        return new LatencySummary(null, null, null, null, null, null, 0, List.of());
    }
}
