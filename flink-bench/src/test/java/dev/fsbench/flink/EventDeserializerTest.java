package dev.fsbench.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.RecordFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Kafka source's deserializer reads the same event from a padded value as from a plain one. */
class EventDeserializerTest {

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void paddingIsIgnoredByEveryRecordType(RecordType type) {
        check(EventCodec.of(type));
    }

    private static <T> void check(EventCodec<T> codec) {
        EventDeserializer<T> deserializer = new EventDeserializer<>(codec);
        for (int payloadBytes : new int[] {0, 1, 1024}) {
            T event = deserializer.deserialize(RecordFormat.encodeEvent(1_700_000_000_123L, "w42", payloadBytes));

            assertThat(codec.word(event)).isEqualTo("w42");
            assertThat(codec.eventTimeMs(event)).isEqualTo(1_700_000_000_123L);
        }
    }
}
