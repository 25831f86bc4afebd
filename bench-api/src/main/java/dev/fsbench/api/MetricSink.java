package dev.fsbench.api;

import java.util.Map;

/**
 * Where an engine's time-series points go: {@code engine-metrics.jsonl} through {@link EngineContext#metrics()}
 * in a run, a list in tests. Implementations are thread-safe; non-finite values are dropped.
 */
@FunctionalInterface
public interface MetricSink {

    /**
     * The events the engine has taken from the input topic so far, a running total every engine reports (its own
     * honest source: docs/backpressure.md); the harness turns it into {@code intake.eventsPerSecond}.
     */
    String INTAKE_EVENTS_TOTAL = "intake.eventsTotal";

    void metric(String name, Map<String, String> tags, double value);
}
