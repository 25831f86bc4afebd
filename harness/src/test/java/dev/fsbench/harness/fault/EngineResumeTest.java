package dev.fsbench.harness.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a killed engine's job resumes from, in the checkpoint layout Flink writes (job id / chk-N / _metadata). */
class EngineResumeTest {

    @Test
    void flinkResumesFromTheNewestCompletedCheckpointOfAnyEarlierJob(@TempDir Path workDir) throws Exception {
        Path checkpoints = workDir.resolve(EngineResume.FLINK_CHECKPOINTS);
        Path older = completed(checkpoints.resolve("3ce4ff3525ac0223df4b56f0c1c5533c/chk-16"), 1_000);
        Path newer = completed(checkpoints.resolve("9a1b2c3d4e5f60718293a4b5c6d7e8f9/chk-3"), 2_000);
        // one still being written has no _metadata yet, and the shared state directory is no checkpoint
        Files.createDirectories(checkpoints.resolve("9a1b2c3d4e5f60718293a4b5c6d7e8f9/chk-4"));
        Files.createDirectories(checkpoints.resolve("9a1b2c3d4e5f60718293a4b5c6d7e8f9/shared"));

        EngineResume.Resumed resumed = EngineResume.of(job("flink", workDir));

        assertThat(older).exists();
        assertThat(resumed.job().workload().engineProperties())
                .containsEntry(EngineResume.FLINK_RECOVERY_PATH, newer.toUri().toString())
                .containsEntry("jvm.heap", "1g");
        assertThat(resumed.from()).isEqualTo("checkpoint chk-3");
    }

    @Test
    void withoutACompletedCheckpointFlinkStartsAfreshAndSaysSo(@TempDir Path workDir) throws Exception {
        Files.createDirectories(workDir.resolve(EngineResume.FLINK_CHECKPOINTS).resolve("a/chk-1"));
        EngineResume.Resumed resumed = EngineResume.of(job("flink", workDir));
        assertThat(resumed.job().workload().engineProperties()).doesNotContainKey(EngineResume.FLINK_RECOVERY_PATH);
        assertThat(resumed.from()).contains("no completed checkpoint");
    }

    @Test
    void structuredStreamingResumesFromItsCheckpointLocation(@TempDir Path workDir) {
        EngineResume.Resumed resumed = EngineResume.of(job("spark-structured", workDir));
        assertThat(resumed.job().workload().engineProperties()).containsEntry("spark.resumeFromCheckpoint", "true");
        assertThat(resumed.job().workDir()).isEqualTo(workDir.toString());
    }

    private static Path completed(Path chk, long modifiedMs) throws Exception {
        Files.createDirectories(chk);
        Path metadata = Files.writeString(chk.resolve("_metadata"), "flink");
        Files.setLastModifiedTime(metadata, FileTime.fromMillis(modifiedMs));
        return chk;
    }

    private static JobSpec job(String engine, Path workDir) {
        WorkloadSpec workload = new WorkloadSpec(
                "resume",
                1000,
                10_000,
                2_000,
                WindowSpec.tumbling(1000),
                100,
                KeyDistribution.UNIFORM,
                0,
                0,
                2,
                2,
                42,
                Map.of("jvm.heap", "1g"));
        return new JobSpec("run-1", engine, workload, "127.0.0.1:9092", Map.of(), "in", "out", workDir.toString());
    }
}
