package dev.fsbench.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.api.knobs.KnobException;
import java.util.Map;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** The knobs that shape the job itself, without a cluster: parsed, applied, and doing what they say. */
class FlinkGraphKnobsTest {

    @Test
    void defaultsAreTheLeanJobWithoutProbeReuseRegistrationOrMitigation() {
        FlinkKnobs knobs = FlinkKnobs.from(FlinkKnobsTest.workload(2, Map.of()));

        assertThat(knobs.windowJob()).isEqualTo(new WindowJobOptions(false, false, SkewMitigation.NONE, 8));
        assertThat(knobs.kryoRegistration()).isFalse();
    }

    @Test
    void parsesTheGraphKnobs() {
        FlinkKnobs knobs = FlinkKnobs.from(FlinkKnobsTest.workload(
                2,
                Map.of(
                        "flink.windowProbe", "on",
                        "flink.reuseResultObject", "true",
                        "flink.kryoRegistration", "yes",
                        "flink.skewMitigation", "SALT",
                        "flink.saltBuckets", "16")));

        assertThat(knobs.windowJob()).isEqualTo(new WindowJobOptions(true, true, SkewMitigation.SALT, 16));
        assertThat(knobs.kryoRegistration()).isTrue();
        assertThat(knobs.describe())
                .containsEntry("flink.skewMitigation", "salt")
                .containsEntry("flink.saltBuckets", 16)
                .containsEntry("flink.windowProbe", true);
    }

    @Test
    void theProbeNeedsAKeyedInputSoNotWithRebalance() {
        assertThatThrownBy(() -> FlinkKnobs.from(FlinkKnobsTest.workload(
                        2, Map.of("flink.windowProbe", "true", "flink.skewMitigation", "rebalance"))))
                .isInstanceOf(KnobException.class)
                .hasMessageContaining("flink.windowProbe")
                .hasMessageContaining("rebalance");
        assertThatThrownBy(() -> FlinkKnobs.from(FlinkKnobsTest.workload(2, Map.of("flink.saltBuckets", "0"))))
                .isInstanceOf(KnobException.class)
                .hasMessageContaining("flink.saltBuckets");
    }

    @Test
    void reusedResultObjectsAreOneInstanceRefilledAndFreshOnesAreNot() {
        ResultObjects reused = new ResultObjects(true);
        WindowCount first = reused.next(0, 1000, "a", 3);
        WindowCount second = reused.next(1000, 2000, "b", 4);
        assertThat(second).isSameAs(first);
        assertThat(second.toString()).isEqualTo("1000,2000,b,4");

        ResultObjects fresh = new ResultObjects(false);
        WindowCount one = fresh.next(0, 1000, "a", 3);
        WindowCount other = fresh.next(1000, 2000, "b", 4);
        assertThat(other).isNotSameAs(one);
        assertThat(one.toString()).isEqualTo("0,1000,a,3");
    }

    /**
     * The registration reaches the serializer config, but Flink's KryoSerializer registers the one type it
     * serializes itself, so the event's bytes are the same either way: on this job the knob can only show
     * no effect, which is the honest answer to "register your classes with Kryo" for a top-level event type.
     */
    @Test
    void kryoRegistrationIsConfiguredButFlinkRegistersTheEventTypeAnyway() throws Exception {
        Configuration config = new Configuration();
        FlinkKnobs.from(FlinkKnobsTest.workload(2, Map.of("flink.kryoRegistration", "true")))
                .applyTo(config);
        ExecutionConfig execution = new ExecutionConfig();
        execution.configure(config, getClass().getClassLoader());
        assertThat(execution.getSerializerConfig().getRegisteredKryoTypes()).contains(WordEventPojo.class);

        byte[] unregistered = kryoBytes(Map.of("flink.recordType", "kryo"));
        byte[] registered = kryoBytes(Map.of("flink.recordType", "kryo", "flink.kryoRegistration", "true"));
        assertThat(new String(unregistered, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(WordEventPojo.class.getSimpleName());
        assertThat(registered).isEqualTo(unregistered);
    }

    @Test
    void kryoRegistrationKeepsSerializationConfigGivenDirectly() {
        Configuration config = new Configuration();
        FlinkKnobs.from(FlinkKnobsTest.workload(
                        2,
                        Map.of(
                                "flink.kryoRegistration",
                                "true",
                                "flink.pipeline.serialization-config",
                                "[java.util.UUID: {type: kryo}]")))
                .applyTo(config);

        ExecutionConfig execution = new ExecutionConfig();
        execution.configure(config, getClass().getClassLoader());
        assertThat(execution.getSerializerConfig().getRegisteredKryoTypes())
                .contains(WordEventPojo.class, java.util.UUID.class);
    }

    private byte[] kryoBytes(Map<String, String> properties) throws Exception {
        FlinkKnobs knobs = FlinkKnobs.from(FlinkKnobsTest.workload(1, properties));
        Configuration config = new Configuration();
        knobs.applyTo(config);
        ExecutionConfig execution = new ExecutionConfig();
        execution.configure(config, getClass().getClassLoader());
        TypeSerializer<WordEventPojo> serializer =
                Types.GENERIC(WordEventPojo.class).createSerializer(execution.getSerializerConfig());
        DataOutputSerializer out = new DataOutputSerializer(128);
        serializer.serialize(new WordEventPojo("w", 1_700_000_000_000L), out);
        return out.getCopyOfBuffer();
    }
}
