package dev.fsbench.serialization.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.serialization.codec.BoundCodec;
import dev.fsbench.serialization.codec.CodecCatalog;
import dev.fsbench.serialization.codec.SerializedSizes;
import dev.fsbench.serialization.model.RecordKind;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.runtime.PojoSerializer;
import org.apache.flink.api.java.typeutils.runtime.TupleSerializer;
import org.apache.flink.api.java.typeutils.runtime.kryo.KryoSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FlinkCodecsTest {

    private static final FlinkCodecs CATALOG = new FlinkCodecs();

    static Stream<Arguments> everySerializerAndRecord() {
        return CATALOG.serializers().stream()
                .flatMap(serializer -> Stream.of(RecordKind.values()).map(kind -> Arguments.of(serializer, kind)));
    }

    @ParameterizedTest(name = "{0} round-trips {1}")
    @MethodSource("everySerializerAndRecord")
    void roundTripKeepsEveryField(String serializer, RecordKind kind) throws Exception {
        BoundCodec bound = CATALOG.create(serializer, kind);

        Object copy = bound.roundTrip();

        assertThat(copy).isNotSameAs(bound.sample()).isEqualTo(bound.sample());
    }

    @Test
    void flinkSerializersAreTheOnesTheNamesPromise() {
        for (RecordKind kind : RecordKind.values()) {
            assertThat(FlinkCodecs.pojoSerializer(kind)).isInstanceOf(PojoSerializer.class);
            assertThat((TypeSerializer<?>) FlinkCodecs.tupleSerializer(kind)).isInstanceOf(TupleSerializer.class);
            assertThat(FlinkCodecs.kryoFallbackSerializer(kind, false)).isInstanceOf(KryoSerializer.class);
            assertThat(FlinkCodecs.kryoFallbackSerializer(kind, true)).isInstanceOf(KryoSerializer.class);
        }
    }

    @Test
    void registeringKryoClassesSavesTheClassNames() throws Exception {
        for (RecordKind kind : RecordKind.values()) {
            int registered = size(FlinkCodecs.KRYO_REGISTERED, kind);
            int unregistered = size(FlinkCodecs.KRYO_UNREGISTERED, kind);
            assertThat(unregistered - registered)
                    .as("%s: unregistered Kryo writes the record's class name", kind)
                    .isGreaterThanOrEqualTo(kind.pojoClass().getName().length());
        }
    }

    @Test
    void sizeTableIsDeterministicAndCoversEveryPair() throws Exception {
        CodecCatalog loaded = ServiceLoader.load(CodecCatalog.class).findFirst().orElseThrow();
        List<SerializedSizes.Entry> first = SerializedSizes.measure(loaded);
        List<SerializedSizes.Entry> second = SerializedSizes.measure(loaded);

        assertThat(first)
                .hasSize(CATALOG.serializers().size() * RecordKind.values().length)
                .isEqualTo(second);
        assertThat(first)
                .allSatisfy(entry -> assertThat(entry.serializedBytes()).isPositive());
    }

    @Test
    void unknownNamesAreRejectedWithTheValidChoices() {
        assertThatThrownBy(() -> CATALOG.create("protobuf", RecordKind.WORD_EVENT))
                .hasMessageContaining("protobuf")
                .hasMessageContaining(FlinkCodecs.FLINK_POJO);
        assertThatThrownBy(() -> RecordKind.byId("tweet"))
                .hasMessageContaining("tweet")
                .hasMessageContaining("rich-event");
    }

    private static int size(String serializer, RecordKind kind) throws Exception {
        BoundCodec bound = CATALOG.create(serializer, kind);
        return bound.codec().serialize(bound.sample());
    }
}
