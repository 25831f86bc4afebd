package dev.fsbench.harness.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/** Latency percentiles in ms (null when nothing was measured), plus the distribution for a "nines" plot. */
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

    public static LatencySummary of(Histogram histogram) {
        long count = histogram.getTotalCount();
        if (count == 0) {
            return new LatencySummary(null, null, null, null, null, null, 0, List.of());
        }
        List<PercentilePoint> points = new ArrayList<>();
        // 5 ticks per half-distance: the resolution of HdrHistogram's own percentile output
        for (HistogramIterationValue value : histogram.percentiles(5)) {
            points.add(new PercentilePoint(value.getPercentileLevelIteratedTo(), value.getValueIteratedTo()));
        }
        return new LatencySummary(
                (double) histogram.getValueAtPercentile(50),
                (double) histogram.getValueAtPercentile(90),
                (double) histogram.getValueAtPercentile(99),
                (double) histogram.getValueAtPercentile(99.9),
                (double) histogram.getMaxValue(),
                histogram.getMean(),
                count,
                points);
    }
}
