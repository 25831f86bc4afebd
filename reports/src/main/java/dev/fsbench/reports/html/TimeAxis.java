package dev.fsbench.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts every time series of one workload on a shared axis of seconds since its first sample, whether the result
 * carries epoch milliseconds or offsets.
 */
final class TimeAxis {
    private final long originMs;

    private TimeAxis(long originMs) {
        this.originMs = originMs;
    }

    static TimeAxis of(JsonNode workload) {
        long min = Long.MAX_VALUE;
        for (String list : List.of("latencyOverTime", "throughputOverTime")) {
            for (JsonNode p : workload.path(list)) {
                if (p.path("t").isNumber()) {
                    min = Math.min(min, p.path("t").asLong());
                }
            }
        }
        for (JsonNode series : workload.path("telemetry").path("series")) {
            min = Math.min(min, minOfPairs(series));
        }
        for (JsonNode series : workload.path("engineMetrics").path("series")) {
            min = Math.min(min, minOfPairs(series.path("points")));
        }
        return new TimeAxis(min == Long.MAX_VALUE ? 0 : min);
    }

    private static long minOfPairs(JsonNode pairs) {
        long min = Long.MAX_VALUE;
        for (JsonNode p : pairs) {
            if (p.isArray() && p.path(0).isNumber()) {
                min = Math.min(min, p.path(0).asLong());
            }
        }
        return min;
    }

    double seconds(long tMs) {
        return (tMs - originMs) / 1000.0;
    }

    /** A field of an object list ({@code [{t, p99}, ...]}) as points, times {@code scale}. */
    List<double[]> field(JsonNode list, String field, double scale) {
        List<double[]> points = new ArrayList<>();
        for (JsonNode p : list) {
            JsonNode v = p.path(field);
            boolean empty = p.path("count").isNumber() && p.path("count").asLong() == 0; // no latency, not zero
            if (p.path("t").isNumber() && v.isNumber() && !empty) {
                points.add(new double[] {seconds(p.path("t").asLong()), v.asDouble() * scale});
            }
        }
        return points;
    }

    /**
     * Per-interval event counts as events per second: each count divided by the gap to the previous sample (the
     * first by the gap to the second), so uneven intervals do not distort the rate.
     */
    List<double[]> rate(JsonNode list, String field) {
        List<double[]> points = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        list.forEach(p -> {
            if (p.path("t").isNumber() && p.path(field).isNumber()) {
                items.add(p);
            }
        });
        for (int i = 0; i < items.size(); i++) {
            long t = items.get(i).path("t").asLong();
            long gap = i > 0
                    ? t - items.get(i - 1).path("t").asLong()
                    : items.size() > 1 ? items.get(1).path("t").asLong() - t : 0;
            if (gap > 0) {
                points.add(new double[] {seconds(t), items.get(i).path(field).asDouble() * 1000.0 / gap});
            }
        }
        return points;
    }

    /**
     * {@code [[t, v], ...]} pairs as points, times {@code scale}, in time order: ECharts joins points in data order,
     * so a series merged from several sources must not depend on its writer having sorted it.
     */
    List<double[]> pairs(JsonNode pairs, double scale) {
        List<double[]> points = new ArrayList<>();
        for (JsonNode p : pairs) {
            if (p.isArray() && p.path(0).isNumber() && p.path(1).isNumber()) {
                points.add(new double[] {seconds(p.path(0).asLong()), p.path(1).asDouble() * scale});
            }
        }
        points.sort(java.util.Comparator.comparingDouble(p -> p[0]));
        return points;
    }
}
