package dev.fsbench.harness.engine;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.WorkloadSpec;
import java.util.Map;

/**
 * One streaming engine as the harness sees it: how to launch its JVM for a job, and how its output is
 * judged. Implementations only describe; {@link dev.fsbench.harness.process.ForkedJvm} starts, watches and stops
 * the JVM, and the job itself lives in the engine's module, run by {@link dev.fsbench.api.EngineMain}.
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

    /**
     * How often the engine commits or checkpoints its progress (0: it does not): a restart replays what it
     * processed since the last commit, so late duplicates can appear up to this long after the output looked
     * complete. The collector watches at least this long for them.
     */
    default long commitIntervalMs(WorkloadSpec workload) {
        return 0;
    }

    /** How the collector judges this engine's output. */
    default VerificationMode verificationMode() {
        return VerificationMode.EXACT;
    }
}
