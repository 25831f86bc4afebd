package dev.fsbench.harness.engine;

import dev.fsbench.api.JobSpec;
import java.util.Map;

/**
 * One streaming engine as the harness sees it: how to launch its JVM for a job, and how its output is
 * judged. Implementations only describe; {@link dev.fsbench.harness.process.ForkedJvm} starts, watches and stops the JVM, and the
 * job itself lives in the engine's module behind {@link dev.fsbench.api.EngineSession}.
 */
public interface EngineDriver {

    /** Name on the CLI and in results: baseline, flink, spark-structured, spark-dstream. */
    String name();

    /** Versions for the result's environment, e.g. {@code {"flink": "2.2.1"}}. */
    Map<String, String> versions();

    /**
     * The engine's main class, classpath and engine-specific JVM options (e.g. Spark's --add-opens).
     * Heap, GC and telemetry options are added by the harness from the workload's {@code jvm.*} properties.
     */
    EngineLaunch launch(JobSpec job, BenchHome home);

    /** How the collector judges this engine's output. */
    default VerificationMode verificationMode() {
        return VerificationMode.EXACT;
    }
}
