package dev.fsbench.harness.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DStreams over Kafka with Kryo: processing-time windows, so every event must be counted exactly once overall,
 * and the share counted in another window than their event time's is reported, not hidden.
 */
class SparkDStreamEndToEndIT extends SparkEndToEndIT {

    /** Also under Zipf keys with salting (its key class registered with Kryo, registration required). */
    @ParameterizedTest(name = "skew mitigation {0}")
    @ValueSource(strings = {"none", "salt"})
    void everyEventIsCountedOnceAndTheMisassignmentRateIsReported(String skewMitigation, @TempDir Path dir)
            throws Exception {
        boolean salted = !"none".equals(skewMitigation);
        JsonNode workload = runWorkload(
                dir,
                "spark-dstream",
                "--window-size",
                "2s",
                "--distribution",
                salted ? "zipf" : "uniform",
                "--zipf-exponent",
                "1.1",
                "-P",
                "spark.batchIntervalMs=500",
                "-P",
                "spark.serializer=kryo",
                "-P",
                "spark.kryoRegistration=" + salted,
                "-P",
                "spark.skewMitigation=" + skewMitigation);

        JsonNode verification = workload.path("verification");
        assertThat(verification.path("mode").asText()).isEqualTo("conservation");
        assertThat(verification.path("passed").asBoolean())
                .as("verification %s", verification)
                .isTrue();
        assertThat(verification.path("eventsExpected").asLong()).isPositive();
        assertThat(verification.path("eventsCounted").asLong())
                .isEqualTo(verification.path("eventsExpected").asLong());
        assertThat(verification.path("misassignmentRate").isNumber())
                .as("misassignment rate reported")
                .isTrue();
        assertThat(verification.path("misassignmentRate").asDouble()).isBetween(0.0, 1.0);
        JsonNode applied = workload.path("engineMetrics").path("summary");
        assertThat(applied.path("serializer").asText()).isEqualTo("org.apache.spark.serializer.KryoSerializer");
        assertThat(applied.path("batchIntervalMs").asLong()).isEqualTo(500);
        assertThat(applied.path("spark.skewMitigation").asText()).isEqualTo(skewMitigation);
        assertThat(applied.path("spark.kryo.registrationRequired").asText("")).isEqualTo(salted ? "true" : "");
        assertThat(seriesNames(workload))
                .contains(
                        "spark.batch.records",
                        "spark.batch.schedulingDelayMs",
                        "spark.batch.processingDelayMs",
                        "spark.batch.totalDelayMs");
        assertUiOnLoopback(workload);
        // the windowed reduce's tasks read what the map side combined: fewer records than events, never none
        JsonNode load = applied.path("windowSubtaskLoad");
        assertThat(load.path("vertex").asText())
                .isEqualTo(salted ? "reduceByKeyAndWindow(word, salt)" : "reduceByKeyAndWindow(word)");
        assertThat(load.path("recordsInPerSubtask"))
                .as("one per partition of the reduce")
                .hasSize(2);
        long records = 0;
        for (JsonNode partition : load.path("recordsInPerSubtask")) {
            records += partition.asLong();
        }
        assertThat(records)
                .isBetween(1L, workload.path("generator").path("eventsSent").asLong());
        assertThat(load.path("maxOverMean").asDouble()).isBetween(1.0, 2.0);
    }
}
