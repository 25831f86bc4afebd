package dev.fsbench.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import java.util.Map;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.junit.jupiter.api.Test;

class FlinkKnobsTest {

    static WorkloadSpec workload(int parallelism, Map<String, String> properties) {
        return new WorkloadSpec(
                "test",
                1000,
                10_000,
                0,
                WindowSpec.tumbling(1000),
                100,
                KeyDistribution.UNIFORM,
                0,
                200,
                2,
                parallelism,
                1,
                properties);
    }

    @Test
    void defaultsAreAtLeastOnceOnHeapWithoutObjectReuse() {
        FlinkKnobs knobs = FlinkKnobs.from(workload(2, Map.of()));

        assertThat(knobs.deliveryGuarantee()).isEqualTo(DeliveryGuarantee.AT_LEAST_ONCE);
        assertThat(knobs.stateBackend()).isEqualTo("hashmap");
        assertThat(knobs.objectReuse()).isFalse();
        assertThat(knobs.recordType()).isEqualTo(RecordType.POJO);
        assertThat(knobs.networkMemory()).isEmpty();
        assertThat(knobs.restAddress()).isEmpty();
    }

    @Test
    void parsesEveryKnob() {
        FlinkKnobs knobs = FlinkKnobs.from(workload(
                3,
                Map.of(
                        "flink.deliveryGuarantee",
                        "EXACTLY_ONCE",
                        "flink.checkpointIntervalMs",
                        "2000",
                        "flink.stateBackend",
                        "RocksDB",
                        "flink.objectReuse",
                        "on",
                        "flink.recordType",
                        "kryo",
                        "flink.networkMemory",
                        "64mb",
                        "flink.managedMemory",
                        "128 mb",
                        "flink.rest",
                        "10.0.0.5:8081",
                        "flink.watermarkIntervalMs",
                        "50",
                        "flink.bufferTimeoutMs",
                        "0")));

        assertThat(knobs.parallelism()).isEqualTo(3);
        assertThat(knobs.deliveryGuarantee()).isEqualTo(DeliveryGuarantee.EXACTLY_ONCE);
        assertThat(knobs.checkpointIntervalMs()).isEqualTo(2000);
        assertThat(knobs.stateBackend()).isEqualTo("rocksdb");
        assertThat(knobs.objectReuse()).isTrue();
        assertThat(knobs.recordType()).isEqualTo(RecordType.KRYO);
        assertThat(knobs.networkMemory()).contains(MemorySize.ofMebiBytes(64));
        assertThat(knobs.managedMemory()).contains(MemorySize.ofMebiBytes(128));
        assertThat(knobs.restAddress()).contains("10.0.0.5:8081");
        assertThat(knobs.watermarkIntervalMs()).isEqualTo(50);
        assertThat(knobs.bufferTimeoutMs()).isZero();
    }

    @Test
    void rejectsBadValuesNamingTheKnob() {
        assertThatThrownBy(() -> FlinkKnobs.from(workload(1, Map.of("flink.stateBackend", "memory"))))
                .hasMessageContaining("flink.stateBackend")
                .hasMessageContaining("memory");
        assertThatThrownBy(() -> FlinkKnobs.from(workload(1, Map.of("flink.recordType", "avro"))))
                .hasMessageContaining("flink.recordType");
        assertThatThrownBy(() -> FlinkKnobs.from(workload(1, Map.of("flink.networkMemory", "lots"))))
                .hasMessageContaining("flink.networkMemory");
        assertThatThrownBy(() -> FlinkKnobs.from(workload(1, Map.of("flink.rest", "nohost"))))
                .hasMessageContaining("flink.rest");
        assertThatThrownBy(() -> FlinkKnobs.from(workload(1, Map.of("flink.deliveryGuarantee", "maybe"))))
                .hasMessageContaining("flink.deliveryGuarantee");
        assertThatThrownBy(() -> FlinkKnobs.from(workload(1, Map.of("flink.watermarkIntervalMs", "0"))))
                .hasMessageContaining("flink.watermarkIntervalMs");
    }

    @Test
    void namesTheMemoryKnobsASessionClusterIgnores() {
        assertThat(FlinkKnobs.from(workload(1, Map.of("flink.managedMemory", "1gb")))
                        .ignoredOnSessionCluster())
                .containsExactly("flink.managedMemory");
        assertThat(FlinkKnobs.from(workload(1, Map.of())).ignoredOnSessionCluster())
                .isEmpty();
    }

    @Test
    void exactlyOnceNeedsCheckpoints() {
        assertThatThrownBy(() -> FlinkKnobs.from(workload(
                        1, Map.of("flink.deliveryGuarantee", "exactly-once", "flink.checkpointIntervalMs", "0"))))
                .hasMessageContaining("flink.checkpointIntervalMs");
    }
}
