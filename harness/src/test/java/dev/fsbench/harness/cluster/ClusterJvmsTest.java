package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.process.CurrentClasspath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVMs of a cluster start that fails (a JobManager and TaskManagers restarted by kill-engine that never all
 * registered) are stopped before the failure is thrown, not left running until the cluster is closed. The roles are
 * real JVMs ({@link SleepForeverMain} under StdinBoundMain, as every role runs).
 */
class ClusterJvmsTest {

    private static final WorkloadSpec WORKLOAD = new WorkloadSpec(
            "cluster-jvms",
            1000,
            10_000,
            1_000,
            new WindowSpec(1000, 1000),
            100,
            KeyDistribution.UNIFORM,
            0,
            0,
            1,
            1,
            42,
            Map.of("jvm.heap", "64m", "jvm.jfr", "false"));

    @Test
    void theJvmsOfAStartThatFailsAreStoppedBeforeTheFailureIsThrown(@TempDir Path dir) {
        List<ClusterJvm> started = new ArrayList<>();
        try {
            assertThatThrownBy(() -> ClusterJvms.startTogether(starting -> {
                        for (String label : List.of("jobmanager-2", "taskmanager-3")) {
                            ClusterJvm jvm = ClusterJvms.start(WORKLOAD, dir, spec(label, dir));
                            started.add(jvm);
                            starting.add(jvm);
                        }
                        assertThat(started).allMatch(ClusterJvm::isAlive);
                        throw new IOException("the Flink cluster listed 0 of 1 TaskManagers after 180 s");
                    }))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("0 of 1 TaskManagers");

            assertThat(started).hasSize(2).noneMatch(ClusterJvm::isAlive);
        } finally {
            ClusterJvms.stopAll(started);
        }
    }

    @Test
    void aStartThatSucceedsLeavesItsJvmsRunning(@TempDir Path dir) throws Exception {
        List<ClusterJvm> started = new ArrayList<>();
        try {
            ClusterJvm jobManager = ClusterJvms.startTogether(starting -> {
                ClusterJvm jvm = ClusterJvms.start(WORKLOAD, dir, spec("jobmanager", dir));
                started.add(jvm);
                starting.add(jvm);
                return jvm;
            });

            assertThat(jobManager.isAlive()).isTrue();
        } finally {
            ClusterJvms.stopAll(started);
        }
    }

    private static ClusterJvms.Spec spec(String label, Path dir) {
        return new ClusterJvms.Spec(
                label.replaceAll("-\\d+$", ""),
                label,
                SleepForeverMain.class.getName(),
                List.of(),
                CurrentClasspath.entries(),
                List.of(),
                Map.of(),
                dir);
    }
}
