package dev.fsbench.harness.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.results.LatencySummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Result sections from the harness's runtime types: the latency recorder's histograms, and what the
 * engine wrote as JSON. The result records know nothing of these types; this is where the two meet. (The
 * generator and the verifier produce result records directly.)
 */
public final class ResultSections {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultSections() {}

    public static LatencySummary latency(Histogram histogram) {
        return latency(histogram, null);
    }

    /** @param windows distinct window closes the histogram's values come from; null if not counted */
    public static LatencySummary latency(Histogram histogram, Long windows) {
        long count = histogram.getTotalCount();
        if (count == 0) {
            return LatencySummary.empty();
        }
        List<LatencySummary.PercentilePoint> points = new ArrayList<>();
        // 5 ticks per half-distance: the resolution of HdrHistogram's own percentile output
        for (HistogramIterationValue value : histogram.percentiles(5)) {
            points.add(new LatencySummary.PercentilePoint(
                    value.getPercentileLevelIteratedTo(), value.getValueIteratedTo()));
        }
        return new LatencySummary(
                (double) histogram.getValueAtPercentile(50),
                (double) histogram.getValueAtPercentile(90),
                (double) histogram.getValueAtPercentile(99),
                (double) histogram.getValueAtPercentile(99.9),
                (double) histogram.getMaxValue(),
                histogram.getMean(),
                count,
                points,
                windows);
    }

    /** What an engine wrote as JSON (its ready info, its summary) as JSON values, in its order. */
    public static Map<String, JsonNode> json(Map<String, ?> values) {
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        values.forEach((key, value) -> nodes.put(key, JSON.valueToTree(value)));
        return nodes;
    }
}
