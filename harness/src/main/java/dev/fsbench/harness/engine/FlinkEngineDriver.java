package dev.fsbench.harness.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.api.FlinkStopTimes;
import dev.fsbench.api.JobSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.FlinkSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Apache Flink: the flink-bench module's job ({@code dev.fsbench.flink.FlinkBenchJob}) in its own JVM, on a
 * local MiniCluster or submitted to the session cluster named by the {@code flink.rest} engine property.
 * Flink 2.x needs no extra JVM options on Java 17; heap and GC come from the workload's jvm.* properties.
 */
public final class FlinkEngineDriver implements EngineDriver {

    public static final String MODULE = "flink-bench";
    static final String MAIN_CLASS = "dev.fsbench.flink.FlinkBenchJob";
    /** The flink-bench pom's Flink version; the engine reports the version it actually loaded in its summary. */
    static final String FLINK_VERSION = "2.2.1";

    @Override
    public String name() {
        return "flink";
    }

    @Override
    public Map<String, String> versions() {
        return Map.of("flink", FLINK_VERSION);
    }

    /** The checkpoint interval: the exactly-once sink commits on checkpoints, a restart resumes from one. */
    @Override
    public long commitIntervalMs(WorkloadSpec workload) {
        return FlinkSettings.CHECKPOINT_INTERVAL_MS.get(workload);
    }

    /**
     * Stop-with-savepoint (60 s, Flink's own client default), the HistoryServer archive (30 s) and a margin for
     * the summary's REST reads and the JVM's exit: {@link FlinkStopTimes#GRACEFUL_STOP}, 105 s.
     */
    @Override
    public Duration gracefulStopTimeout(WorkloadSpec workload) {
        return FlinkStopTimes.GRACEFUL_STOP;
    }

    /**
     * A job on a remote session cluster outlives its client, the engine JVM: cancelled over the cluster's REST API
     * (the engine's ready file names the job and the address). A local MiniCluster's job died with the JVM.
     */
    @Override
    public Optional<String> cancelAbandonedJob(Map<String, JsonNode> ready) {
        JsonNode sessionCluster = ready.get("sessionCluster");
        if (sessionCluster == null || !sessionCluster.asBoolean()) {
            return Optional.empty();
        }
        return Optional.of(FlinkJobCancel.cancel(
                ready.get("restUrl").asText(), ready.get("jobId").asText()));
    }

    @Override
    public EngineLaunch launch(JobSpec job, BenchHome home) {
        return new EngineLaunch(MAIN_CLASS, home.moduleClasspath(MODULE), List.of(), Map.of());
    }
}
