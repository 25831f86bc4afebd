package dev.fsbench.flink;

import java.util.Map;

/** Where polled points go: {@code EngineSession::metric} in a run, a list in tests. */
@FunctionalInterface
public interface MetricSink {
    void metric(String name, Map<String, String> tags, double value);
}
