package dev.fsbench.harness.fault;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.knobs.Engines;
import dev.fsbench.api.knobs.SparkSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How an operator restarts a killed engine's job so that it resumes where the killed one left off: Flink from the
 * newest checkpoint its checkpoint directory retained ({@code execution.state-recovery.path}), Structured
 * Streaming from the same checkpoint location. Only engines {@link FaultChecks} lets a kill-engine near.
 */
final class EngineResume {

    /** Where the Flink engine's MiniCluster writes its checkpoints (flink-bench's FlinkCluster). */
    static final String FLINK_CHECKPOINTS = "flink-checkpoints";
    /** Flink's configuration key for the state a job starts from (Flink 2.x StateRecoveryOptions.SAVEPOINT_PATH). */
    static final String FLINK_RECOVERY_PATH = "flink.execution.state-recovery.path";

    private static final String METADATA = "_metadata";

    private EngineResume() {}

    /** The job to launch after a kill, and a line saying where it resumes from. */
    record Resumed(JobSpec job, String from) {}

    static Resumed of(JobSpec killed) {
        return of(killed, Path.of(killed.workDir()).resolve(FLINK_CHECKPOINTS));
    }

    /**
     * As {@link #of(JobSpec)}, a Flink job resuming from the newest checkpoint in {@code flinkCheckpoints}: where the
     * cluster the job ran on wrote them (a standalone cluster's {@code execution.checkpointing.dir}).
     */
    static Resumed of(JobSpec killed, Path flinkCheckpoints) {
        return switch (killed.engine()) {
            case Engines.FLINK -> flink(killed, flinkCheckpoints);
            case Engines.SPARK_STRUCTURED, Engines.SPARK4_STRUCTURED ->
                new Resumed(
                        withProperty(killed, SparkSettings.RESUME_FROM_CHECKPOINT.key(), "true"),
                        "the same checkpoint location");
            default -> throw new IllegalStateException(killed.engine() + " cannot resume after a kill");
        };
    }

    private static Resumed flink(JobSpec killed, Path checkpoints) {
        Optional<Path> checkpoint = newestCheckpoint(checkpoints);
        return checkpoint
                .map(path -> new Resumed(
                        withProperty(killed, FLINK_RECOVERY_PATH, path.toUri().toString()),
                        "checkpoint " + path.getFileName()))
                // no checkpoint completed yet: an operator can only start the job afresh (from the earliest offsets)
                .orElseGet(() -> new Resumed(killed, "no completed checkpoint: started afresh"));
    }

    /**
     * The newest completed checkpoint ({@code <jobId>/chk-N} with its {@code _metadata}: one still being written
     * has none) under {@code dir}, over every job that wrote there (a job restarted before has a new job id).
     */
    static Optional<Path> newestCheckpoint(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(dir, 3)) {
            return files.filter(path -> path.getFileName().toString().equals(METADATA))
                    .map(Path::getParent)
                    .filter(chk -> chk.getFileName().toString().startsWith("chk-"))
                    .max(Comparator.comparingLong(EngineResume::modifiedMillis));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list Flink's checkpoints in " + dir, e);
        }
    }

    private static long modifiedMillis(Path chk) {
        try {
            return Files.getLastModifiedTime(chk.resolve(METADATA)).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE; // deleted meanwhile (subsumed by a newer one)
        }
    }

    private static JobSpec withProperty(JobSpec job, String key, String value) {
        Map<String, String> properties = new LinkedHashMap<>(job.workload().engineProperties());
        properties.put(key, value);
        return new JobSpec(
                job.runId(),
                job.engine(),
                job.workload().withEngineProperties(properties),
                job.bootstrapServers(),
                job.kafkaClientProperties(),
                job.inputTopic(),
                job.outputTopic(),
                job.workDir());
    }
}
