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

    @Test
    void slidingWindowsVerifyExactly(@TempDir Path dir) throws Exception {
        JsonNode workload = runWorkload(dir, "spark-structured", "--window-size", "2s", "--window-slide", "1s");

        assertExact(workload.path("verification"));
        assertThat(workload.path("config").path("window").path("slideMs").asLong())
                .isEqualTo(1000);
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
