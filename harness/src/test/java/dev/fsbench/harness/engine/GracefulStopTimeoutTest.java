package dev.fsbench.harness.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How long the harness waits for each engine's own graceful stop before SIGTERM: what docs/engines/* state. */
class GracefulStopTimeoutTest {

    @Test
    void flinkGetsItsStopWithSavepointTimeoutAndTheArchiveWait() {
        Duration flink = EngineDrivers.byName("flink").gracefulStopTimeout(workload(Map.of()));
        assertThat(flink).isGreaterThanOrEqualTo(Duration.ofSeconds(60)).isEqualTo(Duration.ofSeconds(105));
    }

    @Test
    void sparkGetsItsInFlightBatchOrTenBatchIntervals() {
        assertThat(EngineDrivers.byName("spark-structured").gracefulStopTimeout(workload(Map.of())))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(EngineDrivers.byName("spark-dstream")
                        .gracefulStopTimeout(workload(Map.of("spark.batchIntervalMs", "1000"))))
                .isEqualTo(Duration.ofSeconds(25));
        assertThat(EngineDrivers.byName("spark-dstream")
                        .gracefulStopTimeout(workload(Map.of("spark.batchIntervalMs", "5000"))))
                .isEqualTo(Duration.ofSeconds(65));
    }

    @Test
    void kafkaStreamsGetsItsCloseTimeoutAndAMargin() {
        // the engine closes its client within 30 s (a last commit, the clients' close), then writes its summary
        assertThat(EngineDrivers.byName("kafka-streams").gracefulStopTimeout(workload(Map.of())))
                .isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void theBaselineGetsTheDefault() {
        assertThat(EngineDrivers.byName("baseline").gracefulStopTimeout(workload(Map.of())))
                .isEqualTo(EngineDriver.DEFAULT_GRACEFUL_STOP)
                .isEqualTo(Duration.ofSeconds(20));
    }

    private static WorkloadSpec workload(Map<String, String> properties) {
        return new WorkloadSpec(
                "stop-timeouts",
                1000,
                10_000,
                1_000,
                new WindowSpec(5000, 5000),
                100,
                KeyDistribution.UNIFORM,
                0,
                0,
                1,
                1,
                42,
                properties);
    }
}
