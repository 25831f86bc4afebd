package dev.fsbench.api;

import java.util.Map;

/**
 * Where an engine's time-series points go: {@code engine-metrics.jsonl} through {@link EngineContext#metrics()}
 * in a run, a list in tests. Implementations are thread-safe; non-finite values are dropped.
 */
@FunctionalInterface
public interface MetricSink {

    void metric(String name, Map<String, String> tags, double value);
}
