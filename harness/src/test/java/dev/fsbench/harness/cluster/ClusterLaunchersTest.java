package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.Engines;
import dev.fsbench.harness.scenario.Scenario;
import dev.fsbench.harness.scenario.WorkloadDefaults;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterLaunchersTest {

    private static WorkloadSpec workload(Map<String, String> properties) {
        return WorkloadDefaults.toSpec(Scenario.empty(), "cli").withEngineProperties(properties);
    }

    @Test
    void localModeNeedsNoLauncher() {
        for (String engine : Engines.ALL) {
            assertThat(ClusterLaunchers.problems(engine, workload(Map.of()))).isEmpty();
            assertThat(ClusterLaunchers.problems(engine, workload(Map.of("cluster.mode", "local"))))
                    .isEmpty();
        }
    }

    @Test
    void anEngineWithoutAClusterIsRefusedNamingTheOnesThatHaveOne() {
        assertThat(ClusterLaunchers.supports(Engines.BASELINE)).isFalse();
        assertThat(ClusterLaunchers.problems(Engines.BASELINE, workload(Map.of("cluster.mode", "standalone"))))
                .singleElement()
                .asString()
                .contains("not available for baseline");
    }
}
