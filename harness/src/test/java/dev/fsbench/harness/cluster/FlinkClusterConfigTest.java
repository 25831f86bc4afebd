package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.ClusterSettings;
import dev.fsbench.harness.scenario.Scenario;
import dev.fsbench.harness.scenario.WorkloadDefaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlinkClusterConfigTest {

    private static WorkloadSpec workload(Map<String, String> properties) {
        return WorkloadDefaults.toSpec(Scenario.empty(), "cli").withEngineProperties(properties);
    }

    private static FlinkClusterConfig config(WorkloadSpec workload, Path dir) {
        return new FlinkClusterConfig(
                ClusterSettings.of(workload), FlinkClusterConfig.taskManagerMemoryOf(workload), 6123, 8081, dir);
    }

    @Test
    void theTaskManagerMemoryKnobsSizeTheClustersTaskManagers(@TempDir Path dir) throws Exception {
        WorkloadSpec workload = workload(Map.of(
                "cluster.mode", "standalone",
                "cluster.workerMemory", "2g",
                "flink.networkMemory", "256mb",
                "flink.managedMemory", "512mb"));

        FlinkClusterConfig config = config(workload, dir);

        assertThat(config.entries())
                .containsEntry("taskmanager.memory.process.size", "2g")
                .containsEntry("taskmanager.memory.network.min", "256mb")
                .containsEntry("taskmanager.memory.network.max", "256mb")
                .containsEntry("taskmanager.memory.managed.size", "512mb");
        assertThat(Files.readString(config.write())).contains("taskmanager.memory.managed.size: \"512mb\"");
    }

    @Test
    void withoutTheKnobsFlinksDefaultsStand(@TempDir Path dir) {
        assertThat(config(workload(Map.of("cluster.mode", "standalone")), dir).entries())
                .doesNotContainKeys(
                        "taskmanager.memory.network.min",
                        "taskmanager.memory.network.max",
                        "taskmanager.memory.managed.size");
    }
}
