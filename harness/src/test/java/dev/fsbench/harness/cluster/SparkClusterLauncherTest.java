package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.Engines;
import dev.fsbench.harness.scenario.Scenario;
import dev.fsbench.harness.scenario.WorkloadDefaults;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What --cluster standalone refuses for the Spark engines before anything starts. */
class SparkClusterLauncherTest {

    private static WorkloadSpec standalone(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("cluster.mode", "standalone");
        return WorkloadDefaults.toSpec(Scenario.empty(), "cli").withEngineProperties(all);
    }

    @Test
    void bothSparkEnginesHaveAClusterWhoseDriverIsTheEngineJvm() {
        for (String engine : new String[] {Engines.SPARK_STRUCTURED, Engines.SPARK_DSTREAM}) {
            assertThat(ClusterLaunchers.supports(engine)).isTrue();
            assertThat(ClusterLaunchers.of(engine).orElseThrow().engineRole()).isEqualTo("driver");
            assertThat(ClusterLaunchers.problems(engine, standalone(Map.of()))).isEmpty();
        }
    }

    @Test
    void aSparkMasterOfYourOwnIsRefused() {
        assertThat(ClusterLaunchers.problems(
                        Engines.SPARK_DSTREAM, standalone(Map.of("spark.master", "spark://127.0.0.1:7077"))))
                .singleElement()
                .asString()
                .contains("cannot be combined with spark.master=spark://127.0.0.1:7077");
    }

    @Test
    void executorSizesComeFromTheClusterKnobsOnly() {
        assertThat(ClusterLaunchers.problems(
                        Engines.SPARK_STRUCTURED,
                        standalone(Map.of("spark.executor.memory", "2g", "spark.cores.max", "4"))))
                .hasSize(2)
                .allSatisfy(problem -> assertThat(problem).contains("cluster.workerMemory"))
                .anySatisfy(problem -> assertThat(problem).contains("drop spark.executor.memory=2g"))
                .anySatisfy(problem -> assertThat(problem).contains("drop spark.cores.max=4"));
    }

    @Test
    void workersTooSmallForAnExecutorAreRefused() {
        assertThat(ClusterLaunchers.problems(
                        Engines.SPARK_DSTREAM, standalone(Map.of("cluster.workerMemory", "256mb"))))
                .singleElement()
                .asString()
                .contains("cluster.workerMemory=256mb is below the 450 MiB");
        assertThat(ClusterLaunchers.problems(Engines.SPARK_DSTREAM, standalone(Map.of("cluster.workerMemory", "450m"))))
                .isEmpty();
    }
}
