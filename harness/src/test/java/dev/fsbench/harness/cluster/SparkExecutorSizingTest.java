package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SparkExecutorSizingTest {

    @Test
    void oneExecutorPerWorkerTakesAllItsCoresAndMemoryAndTheAppNoMoreCoresThanTheCluster() {
        SparkExecutorSizing sizing = new SparkExecutorSizing(
                "spark://127.0.0.1:7077",
                3,
                2,
                "768m",
                List.of("-XX:+UseG1GC", "-Xlog:gc*:file=/d/executor-{{EXECUTOR_ID}}-gc.log"));

        assertThat(sizing.submitProperties())
                .containsEntry("spark.master", "spark://127.0.0.1:7077")
                .containsEntry("spark.executor.cores", "2")
                .containsEntry("spark.executor.memory", "768m")
                .containsEntry("spark.cores.max", "6")
                .containsEntry(
                        "spark.executor.extraJavaOptions",
                        "-XX:+UseG1GC -Xlog:gc*:file=/d/executor-{{EXECUTOR_ID}}-gc.log");
    }
}
