package dev.fsbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadSpecTest {

    @TempDir
    Path dir;

    private static WorkloadSpec withPayload(int payloadBytes) {
        return new WorkloadSpec(
                "test",
                100,
                10_000,
                0,
                WindowSpec.tumbling(1000),
                10,
                KeyDistribution.UNIFORM,
                0,
                0,
                2,
                2,
                42,
                payloadBytes,
                Map.of());
    }

    @Test
    void payloadIsZeroUnlessGivenAndSurvivesTheWithers() {
        WorkloadSpec unpadded = new WorkloadSpec(
                "test",
                100,
                10_000,
                0,
                WindowSpec.tumbling(1000),
                10,
                KeyDistribution.UNIFORM,
                0,
                0,
                2,
                2,
                42,
                Map.of());
        assertThat(unpadded.payloadBytes()).isZero();
        assertThat(withPayload(1024).withRate(5).withScenario("x").withEngineProperties(Map.of("jvm.gc", "g1")))
                .extracting(WorkloadSpec::payloadBytes)
                .isEqualTo(1024);
    }

    @Test
    void aNegativeOrAbsurdPayloadIsRefusedWithTheLimit() {
        assertThatThrownBy(() -> withPayload(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payload bytes must be between 0 and 1000000")
                .hasMessageEndingWith("got -1");
        assertThatThrownBy(() -> withPayload(WorkloadSpec.MAX_PAYLOAD_BYTES + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 MiB");
        assertThat(withPayload(WorkloadSpec.MAX_PAYLOAD_BYTES).payloadBytes()).isEqualTo(1_000_000);
    }

    @Test
    void theEngineReceivesThePayloadInItsJobFile() throws Exception {
        JobSpec job = new JobSpec("run-1", "e", withPayload(1024), "127.0.0.1:9", Map.of(), "in", "out", "w");
        Path file = dir.resolve(EngineSession.JOB_FILE);
        EngineSession.writeJob(job, file);

        assertThat(EngineSession.readJob(file)).isEqualTo(job);
    }
}
