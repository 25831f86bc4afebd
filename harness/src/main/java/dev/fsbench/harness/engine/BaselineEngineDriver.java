package dev.fsbench.harness.engine;

import dev.fsbench.api.JobSpec;
import java.util.List;
import java.util.Map;

/**
 * The framework-free floor: the baseline-bench module's engine ({@code dev.fsbench.baseline.BaselineEngine}), one
 * thread with a plain Kafka consumer and producer, in its own JVM like the other engines.
 */
public final class BaselineEngineDriver implements EngineDriver {

    public static final String MODULE = "baseline-bench";
    static final String MAIN_CLASS = "dev.fsbench.baseline.BaselineEngine";

    @Override
    public String name() {
        return "baseline";
    }

    /** The engine module and the harness share the root pom's kafka-clients version. */
    @Override
    public Map<String, String> versions() {
        return Map.of("kafka-clients", org.apache.kafka.common.utils.AppInfoParser.getVersion());
    }

    @Override
    public EngineLaunch launch(JobSpec job, BenchHome home) {
        return new EngineLaunch(MAIN_CLASS, home.moduleClasspath(MODULE), List.of(), Map.of());
    }
}
