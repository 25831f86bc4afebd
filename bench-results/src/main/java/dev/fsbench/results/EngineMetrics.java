package dev.fsbench.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What the engine reported about itself: time series from its metrics system, and final values.
 *
 * @param summary the engine's own final figures (checkpoints, batches, ...), or {@code error} when they could not
 *                be read: each engine defines its keys, so the values stay JSON values
 */
public record EngineMetrics(List<Series> series, Map<String, JsonNode> summary) {

    /** One metric of the engine, e.g. Flink's busyTimeMsPerSecond of one subtask. */
    public record Series(String name, Map<String, String> tags, List<SeriesPoint> points) {}
}
