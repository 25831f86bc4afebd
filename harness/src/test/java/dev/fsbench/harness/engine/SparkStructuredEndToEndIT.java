package dev.fsbench.harness.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structured Streaming over Kafka: every event-time window equals the ground truth despite disordered events. */
class SparkStructuredEndToEndIT extends SparkEndToEndIT {

    @Test
    void tumblingWindowsOnRocksDbVerifyExactly(@TempDir Path dir) throws Exception {
        JsonNode workload = runWorkload(
                dir,
                "spark-structured",
                "--window-size",
                "1s",
                "-P",
                "spark.stateStore=rocksdb",
                "-P",
                "spark.triggerIntervalMs=200");

        assertExact(workload.path("verification"));
        JsonNode applied = workload.path("engineMetrics").path("summary");
        assertThat(applied.path("stateStoreProvider").asText()).endsWith("RocksDBStateStoreProvider");
        assertThat(applied.path("triggerIntervalMs").asLong()).isEqualTo(200);
        assertThat(applied.path("stateRowsDroppedByWatermark").asLong()).isZero();
        // the state of the last micro-batch with input: open windows' rows, in RocksDB's memory
        assertThat(applied.path("stateRows").asLong()).isPositive();
        assertThat(applied.path("stateSizeBytes").asLong()).isPositive();
        assertThat(applied.path("checkpointDurationMs").isIntegralNumber()).isTrue();
        assertThat(applied.path("checkpointDurationMs").asLong()).isNotNegative();
        assertCountingStageLoad(workload, "aggregate(window, word)", 1);
        assertThat(seriesNames(workload))
                .contains(
                        "spark.inputRowsPerSecond",
                        "spark.processedRowsPerSecond",
                        "spark.durationMs",
                        "spark.stateRows",
                        "spark.stateMemoryBytes",
                        "spark.batchId",
                        "spark.watermarkLagMs");
        assertUiOnLoopback(workload);
    }

    /**
     * Sliding windows under Zipf keys with salting: the two-phase counts must give exactly the unsalted windows.
     * (Unsalted sliding windows are verified in spark-bench's StructuredWordCountTest; one run here keeps CI short.)
     */
    @Test
    void saltedSlidingWindowsUnderZipfKeysVerifyExactly(@TempDir Path dir) throws Exception {
        String skewMitigation = "salt";
        JsonNode workload = runWorkload(
                dir,
                "spark-structured",
                "--window-size",
                "2s",
                "--window-slide",
                "1s",
                "--distribution",
                "zipf",
                "--zipf-exponent",
                "1.1",
                "-P",
                "spark.skewMitigation=" + skewMitigation);

        assertExact(workload.path("verification"));
        assertThat(workload.path("config").path("window").path("slideMs").asLong())
                .isEqualTo(1000);
        assertThat(workload.path("engineMetrics")
                        .path("summary")
                        .path("spark.skewMitigation")
                        .asText())
                .isEqualTo(skewMitigation);
        assertCountingStageLoad(workload, "aggregate(window, word, salt)", 2);
    }

    /**
     * The aggregation's tasks read partial counts (combined map-side): at least one per result the collector
     * verified, at most one per event and window it falls in.
     */
    private static void assertCountingStageLoad(JsonNode workload, String vertex, int windowsPerEvent) {
        JsonNode load = workload.path("engineMetrics").path("summary").path("windowSubtaskLoad");
        assertThat(load.path("vertex").asText()).isEqualTo(vertex);
        assertThat(load.path("recordsInPerSubtask"))
                .as("one per shuffle partition")
                .hasSize(2);
        long records = 0;
        for (JsonNode partition : load.path("recordsInPerSubtask")) {
            records += partition.asLong();
        }
        assertThat(records)
                .isBetween(
                        workload.path("verification").path("windowsExpected").asLong(),
                        workload.path("generator").path("eventsSent").asLong() * windowsPerEvent);
        assertThat(load.path("maxOverMean").asDouble()).isBetween(1.0, 2.0);
    }

    private static void assertExact(JsonNode verification) {
        assertThat(verification.path("mode").asText()).isEqualTo("exact");
        assertThat(verification.path("passed").asBoolean())
                .as("verification %s", verification)
                .isTrue();
        assertThat(verification.path("windowsExpected").asLong()).isPositive();
        assertThat(verification.path("windowsCorrect").asLong())
                .isEqualTo(verification.path("windowsExpected").asLong());
        assertThat(verification.path("windowsMissing").asLong()).isZero();
        assertThat(verification.path("windowsDuplicated").asLong()).isZero();
        assertThat(verification.path("windowsWrong").asLong()).isZero();
    }
}
