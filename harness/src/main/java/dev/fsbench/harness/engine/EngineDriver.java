package dev.fsbench.harness.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.api.JobSpec;
import dev.fsbench.api.WorkloadSpec;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

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

    /**
     * How long the engine's own graceful stop may take once asked (stdin closed): the harness waits up to this
     * long for the JVM to exit, and only then sends SIGTERM, then SIGKILL. An engine that stops at once is not
     * waited for any longer. 20 s unless the engine says otherwise: a plain Kafka consumer and producer (the
     * baseline) stop within one poll and a producer flush, well under a second, and 20 s leaves a flush to a slow
     * broker room.
     */
    default Duration gracefulStopTimeout(WorkloadSpec workload) {
        return DEFAULT_GRACEFUL_STOP;
    }

    /** {@link #gracefulStopTimeout} of an engine that does not name its own. */
    Duration DEFAULT_GRACEFUL_STOP = Duration.ofSeconds(20);

    /**
     * Called when the harness gave up on the engine JVM before it stopped its job (the JVM died, was killed after
     * its graceful stop timed out, or the harness is shutting down): ends what the job left running outside that
     * JVM, e.g. a job on a remote cluster. {@code ready} is what the engine wrote when it became ready. Returns a
     * line for the console saying what was done, empty if there was nothing to do. Never throws.
     */
    default Optional<String> cancelAbandonedJob(Map<String, JsonNode> ready) {
        return Optional.empty();
    }

    /** How the collector judges this engine's output. */
    default VerificationMode verificationMode() {
        return VerificationMode.EXACT;
    }
}
