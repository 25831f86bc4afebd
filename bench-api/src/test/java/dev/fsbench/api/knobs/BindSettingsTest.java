package dev.fsbench.api.knobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A pass-through setting may not move an engine's listeners off loopback unless the user asked for it. */
class BindSettingsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "spark.driver.bindAddress",
                "spark.driver.host",
                "spark.ui.enabled",
                "flink.rest.bind-address",
                "flink.rest.address",
                "flink.jobmanager.rpc.address",
                "flink.jobmanager.bind-host",
                "flink.taskmanager.host",
                "flink.taskmanager.bind-host"
            })
    void aSettingThatMovesAListenerIsRefusedNamingItsKeyAndTheWayOut(String key) {
        assertThatThrownBy(() -> KnobCatalog.check(Map.of(key, "0.0.0.0")))
                .isInstanceOf(KnobException.class)
                .hasMessageContaining(key + " would move the engine's listeners off loopback (127.0.0.1)")
                .hasMessageContaining("harness.bindAddress=ADDRESS (CLI: --bind-address ADDRESS)");
    }

    @Test
    void anExplicitBindAddressLetsThemThrough() {
        assertThat(KnobCatalog.check(Map.of(
                        "harness.bindAddress", "0.0.0.0",
                        "spark.driver.bindAddress", "0.0.0.0",
                        "flink.rest.bind-address", "0.0.0.0")))
                .extracting(KnobCatalog.EngineKey::engineKey)
                .containsExactlyInAnyOrder("spark.driver.bindAddress", "rest.bind-address");
    }

    @Test
    void otherSettingsOfTheSameFamiliesStillPass() {
        assertThat(KnobCatalog.check(Map.of("spark.ui.retainedJobs", "10", "flink.rest.port", "8081")))
                .hasSize(2);
    }

    @Test
    void theBindAddressIsLoopbackUnlessSetAndMustLookLikeAnAddress() {
        assertThat(BindSettings.bindAddress(
                        KnobCatalogTest.workload(dev.fsbench.api.WindowSpec.tumbling(1000), Map.of())))
                .isEqualTo("127.0.0.1");
        assertThat(BindSettings.BIND_ADDRESS.parse("::")).isEqualTo("::");
        assertThat(BindSettings.BIND_ADDRESS.parse("bench-host.example")).isEqualTo("bench-host.example");
        assertThatThrownBy(() -> KnobCatalog.check(Map.of("harness.bindAddress", "0.0.0.0; rm")))
                .hasMessageContaining("bad value for harness.bindAddress");
    }
}
