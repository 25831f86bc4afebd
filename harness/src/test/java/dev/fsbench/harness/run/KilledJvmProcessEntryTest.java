package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.process.CurrentClasspath;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.telemetry.AllocatingMain;
import dev.fsbench.harness.telemetry.JvmTelemetry;
import dev.fsbench.harness.telemetry.TestWorkloads;
import dev.fsbench.results.ProcessFigures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker JVM a fault SIGKILLed stays in {@code processes[]}: marked killed, with the figures JFR had flushed to
 * its repository before the kill. The JVM here is a real one with the harness's telemetry options, SIGKILLed as
 * {@code kill-worker} kills a TaskManager.
 */
class KilledJvmProcessEntryTest {

    private static final WorkloadSpec SPEC = TestWorkloads.withProperties(Map.of("jvm.heap", "128m"));
    private static final String LABEL = "taskmanager-1";

    @TempDir
    Path runDir;

    @Test
    void aKilledJvmIsMeasuredFromTheChunksJfrFlushedBeforeTheKill() throws Exception {
        Path clusterDir = runDir.resolve("cluster");
        long startMs = System.currentTimeMillis();
        long killedAtMs;
        long pid;
        try (ForkedJvm jvm = ForkedJvm.start(new ForkedJvm.Spec(
                LABEL,
                AllocatingMain.class.getName(),
                CurrentClasspath.entries(),
                JvmTelemetry.jvmOptions(SPEC, clusterDir, LABEL),
                List.of("600000"),
                Map.of(),
                clusterDir))) {
            pid = jvm.pid();
            awaitFlushedCpuSamples(jvm, new DeployedJvm("taskmanager", LABEL, pid, clusterDir, startMs), startMs);
            killedAtMs = System.currentTimeMillis();
            jvm.kill();
            assertThat(jvm.waitFor(Duration.ofSeconds(30)))
                    .as("the JVM is gone")
                    .isTrue();
        }

        MeasuredJvm measured = WorkloadArtifacts.measure(
                SPEC,
                new DeployedJvm("taskmanager", LABEL, pid, clusterDir, killedAtMs),
                startMs,
                System.currentTimeMillis(),
                runDir);
        ProcessFigures entry = measured.figures();

        Path dump = clusterDir.resolve(LABEL + ".jfr");
        assertThat(Files.exists(dump) ? Files.size(dump) : 0)
                .as("SIGKILL left no chance to dump the recording")
                .isZero();
        assertThat(entry.role()).isEqualTo("taskmanager");
        assertThat(entry.name()).isEqualTo(LABEL);
        assertThat(entry.pid()).isEqualTo(pid);
        assertThat(entry.killedAtMs()).isEqualTo(killedAtMs);
        assertThat(entry.cpu().samples()).isGreaterThanOrEqualTo(2);
        assertThat(entry.cpu().processCpuShareMean()).isPositive();
        assertThat(entry.gc().collector()).isEqualTo("G1New/G1Old");
        assertThat(entry.gc().allocatedBytesPerSec()).isPositive();
        assertThat(entry.jfrFile())
                .startsWith("cluster/" + LABEL + "-jfr-repository/")
                .endsWith("_" + pid);
        assertThat(runDir.resolve(entry.jfrFile())).isDirectory();
        assertThat(measured.phaseShare())
                .as("its figures end at JFR's last flush before the kill, short of the window's end")
                .isPositive()
                .isLessThan(1.0);
    }

    @Test
    void aKilledJvmWithoutFlushedChunksIsListedWithoutFigures() {
        Path clusterDir = runDir.resolve("cluster");
        long now = System.currentTimeMillis();

        ProcessFigures entry = WorkloadArtifacts.measure(
                        SPEC,
                        new DeployedJvm("executor", "executor-0", 4242, clusterDir, now),
                        now - 10_000,
                        now,
                        runDir)
                .figures();

        assertThat(entry.role()).isEqualTo("executor");
        assertThat(entry.killedAtMs()).isEqualTo(now);
        assertThat(entry.gc()).isNull();
        assertThat(entry.cpu()).isNull();
        assertThat(entry.jfrFile()).isNull();
    }

    /** JFR flushes its chunk once a second: waits until it holds two CPU samples of the measured window. */
    private void awaitFlushedCpuSamples(ForkedJvm jvm, DeployedJvm asKilled, long startMs) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            ProcessFigures sofar = WorkloadArtifacts.measure(
                            SPEC, asKilled, startMs, System.currentTimeMillis(), runDir)
                    .figures();
            if (sofar.cpu() != null && sofar.cpu().samples() >= 2) {
                return;
            }
            if (System.nanoTime() > deadline || !jvm.isAlive()) {
                throw new AssertionError("no CPU samples flushed to the JFR repository: " + jvm.outputTail(20));
            }
            Thread.sleep(200);
        }
    }
}
