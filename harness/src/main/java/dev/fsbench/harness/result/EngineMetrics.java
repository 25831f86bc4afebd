package dev.fsbench.harness.result;

import java.util.List;
import java.util.Map;

/** What the engine reported about itself: time series from its metrics system, and final values. */
public record EngineMetrics(List<Series> series, Map<String, Object> summary) {

    /** {@code points}: [epochMs, value] pairs. */
    public record Series(String name, Map<String, String> tags, List<Number[]> points) {}
}
