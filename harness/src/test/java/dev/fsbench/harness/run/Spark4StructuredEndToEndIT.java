package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.Engines;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * spark4-structured (Spark 4.2, spark4-bench) on the embedded broker, through the real run loop, with Zipf keys and
 * out-of-order events: tumbling windows on RocksDB with three shuffle partitions, and sliding windows salted on the
 * default state store, in one run (one broker, two engine JVMs). Every window must verify once, and the knobs
 * must show in what the running query reported (its state operator's partitions and state store metrics, the
 * counting stage's tasks), not only in the spec.
 */
class Spark4StructuredEndToEndIT {

    private static final long OUT_OF_ORDERNESS_MS = 300;

    @Test
    void everyWindowVerifiesOnSpark4AndTheKnobsReachTheRunningQuery(@TempDir Path runDir) throws Exception {
        List<ProcessHandle> before = TestEngines.descendants();
        List<WorkloadPlan> plans = List.of(
                plan(workload(
                        "tumbling-rocksdb",
                        WindowSpec.tumbling(1000),
                        Map.of(
                                "spark.stateStore", "rocksdb",
                                "spark.sql.shuffle.partitions", "3",
                                "spark.triggerIntervalMs", "200"))),
                plan(workload("sliding-salted", new WindowSpec(2000, 500), Map.of("spark.skewMitigation", "salt"))));

        RunResult result = TestEngines.runOnEmbeddedBroker("spark4-it", runDir, plans);

        result.workloads().forEach(Spark4StructuredEndToEndIT::assertVerifiedOnSpark4);
        assertThat(result.status()).isEqualTo(RunStatus.OK);
        assertThat(result.environment().engineVersions()).containsEntry("spark4", "4.2.0");
        assertThat(result.environment().engineVersions().get("spark4-scala")).startsWith("2.13.");

        Map<String, JsonNode> rocksDb =
                result.workloads().get(0).engineMetrics().summary();
        assertThat(rocksDb.get("stateStoreProvider").asText()).endsWith("RocksDBStateStoreProvider");
        // the state operator of the running query reports 3 partitions, and RocksDB's own state store metrics
        assertThat(rocksDb.get("stateNumShufflePartitions").asLong()).isEqualTo(3);
        assertThat(rocksDb.get("stateStoreCustomMetrics"))
                .anySatisfy(metric -> assertThat(metric.asText()).startsWith("rocksdb"));
        assertThat(rocksDb.get("triggerIntervalMs").asLong()).isEqualTo(200);
        assertThat(rocksDb.get("windowSubtaskLoad").path("vertex").asText()).isEqualTo("aggregate(window, word)");
        assertThat(rocksDb.get("windowSubtaskLoad").path("recordsInPerSubtask")).hasSize(3);

        Map<String, JsonNode> salted = result.workloads().get(1).engineMetrics().summary();
        assertThat(salted.get("stateStoreProvider").asText()).endsWith("HDFSBackedStateStoreProvider");
        assertThat(salted.get("stateNumShufflePartitions").asLong()).isEqualTo(2);
        assertThat(salted.get("windowSubtaskLoad").path("vertex").asText()).isEqualTo("aggregate(window, word, salt)");

        TestEngines.assertRunLeftNothing(runDir, before);
    }

    private static void assertVerifiedOnSpark4(WorkloadResult workload) {
        String label = workload.scenario();
        assertThat(workload.status())
                .as(label + ": " + workload.failureReason())
                .isEqualTo(RunStatus.OK);
        assertThat(workload.verification().passed()).as(label).isTrue();
        assertThat(workload.verification().windowsExpected()).as(label).isPositive();
        assertThat(workload.verification().windowsCorrect())
                .as(label)
                .isEqualTo(workload.verification().windowsExpected());
        assertThat(workload.verification().windowsDuplicated()).as(label).isZero();
        Map<String, JsonNode> summary = workload.engineMetrics().summary();
        // the version of the SparkContext that ran the job, read back from it
        assertThat(summary.get("sparkVersion").asText()).as(label).isEqualTo("4.2.0");
        assertThat(summary.get("outputMode").asText()).as(label).isEqualTo("Append");
        assertThat(summary.get("stateRowsDroppedByWatermark").asLong())
                .as(label + ": no event dropped as late")
                .isZero();
        assertThat(seriesNames(workload))
                .as(label)
                .contains(
                        "spark.inputRowsPerSecond",
                        "spark.processedRowsPerSecond",
                        "spark.durationMs",
                        "spark.stateRows",
                        "spark.batchId",
                        "spark.watermarkLagMs");
    }

    private static Set<String> seriesNames(WorkloadResult workload) {
        return workload.engineMetrics().series().stream()
                .filter(s -> !s.points().isEmpty())
                .map(EngineMetrics.Series::name)
                .collect(Collectors.toSet());
    }

    private static WorkloadPlan plan(WorkloadSpec workload) {
        return new WorkloadPlan(EngineDrivers.byName(Engines.SPARK4_STRUCTURED), workload, 1);
    }

    /** Short phases: Spark's first micro-batch plans the query, slow on a busy 2-core CI machine. */
    private static WorkloadSpec workload(String name, WindowSpec window, Map<String, String> sparkProperties) {
        Map<String, String> properties = new HashMap<>(sparkProperties);
        properties.put("jvm.heap", "768m");
        properties.put("harness.completionTimeoutMs", "120000");
        return new WorkloadSpec(
                name,
                400,
                8_000,
                3_000,
                window,
                200,
                KeyDistribution.ZIPF,
                1.1,
                OUT_OF_ORDERNESS_MS,
                2,
                2,
                17,
                properties);
    }
}
