package dev.fsbench.spark;

import java.util.Map;

/** Where engine metrics go: {@code EngineSession::metric} in a run, a list in tests. */
@FunctionalInterface
interface MetricSink {

    void metric(String name, Map<String, String> tags, double value);
}
