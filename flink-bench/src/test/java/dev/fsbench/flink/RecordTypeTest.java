package dev.fsbench.flink;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The record-type knob selects the serializer Flink itself builds for the events. */
class RecordTypeTest {

    @ParameterizedTest
    @CsvSource({"pojo, PojoSerializer", "tuple, TupleSerializer", "kryo, KryoSerializer"})
    void flinkPicksTheIntendedSerializer(String knob, String serializer) {
        EventCodec<?> codec = EventCodec.of(RecordType.parse(knob));

        assertThat(codec.typeInfo()
                        .createSerializer(new SerializerConfigImpl())
                        .getClass()
                        .getSimpleName())
                .isEqualTo(serializer);
    }
}
