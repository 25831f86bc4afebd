package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.StdinBoundMain;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.run.HarnessInMeasuredPhase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL of a real {@code bench run --cluster standalone} in its measured phase: no shutdown hook runs, yet the
 * JobManager and TaskManagers (each under {@link StdinBoundMain}) see their stdin close and end themselves, with
 * the broker and the engine JVM: nothing the harness started outlives it.
 */
class ClusterSigkillIT {

    @Test
    void noClusterJvmSurvivesASigkilledHarness(@TempDir Path dir) throws Exception {
        HarnessInMeasuredPhase running = HarnessInMeasuredPhase.start(
                dir,
                List.of(
                        "--engines",
                        "flink",
                        "--cluster",
                        "standalone",
                        "--rate",
                        "1000",
                        "--duration",
                        "120s",
                        "--warmup",
                        "1s",
                        "-P",
                        "jvm.heap=512m"));
        ForkedJvm harness = running.harness();
        try {
            List<ProcessHandle> clusterJvms = running.children().stream()
                    .filter(ClusterSigkillIT::isClusterRole)
                    .toList();
            assertThat(clusterJvms).as("JobManager and two TaskManagers").hasSize(3);

            // SIGKILL to the harness alone (ForkedJvm.kill would take its descendants along and prove nothing):
            // no shutdown hook runs, so the cluster JVMs must end on their own when their stdin closes
            ProcessHandle.of(harness.pid()).orElseThrow().destroyForcibly();
            assertThat(harness.waitFor(Duration.ofSeconds(30))).isTrue();

            long gone = System.currentTimeMillis() + 60_000;
            while (running.children().stream().anyMatch(ProcessHandle::isAlive) && System.currentTimeMillis() < gone) {
                Thread.sleep(200);
            }
            for (ProcessHandle jvm : clusterJvms) {
                assertThat(jvm.isAlive()).as("cluster JVM " + jvm.pid()).isFalse();
            }
            running.assertNoChildLeft();
        } finally {
            harness.kill();
            running.children().forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** A cluster role's JVM runs from an argument file in the workload's cluster directory. */
    private static boolean isClusterRole(ProcessHandle process) {
        String command = process.info().commandLine().orElse("");
        return command.contains("/cluster/jobmanager.jvmargs") || command.contains("/cluster/taskmanager-");
    }
}
