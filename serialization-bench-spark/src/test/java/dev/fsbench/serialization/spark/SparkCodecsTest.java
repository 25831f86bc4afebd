package dev.fsbench.serialization.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.serialization.codec.BoundCodec;
import dev.fsbench.serialization.codec.CodecCatalog;
import dev.fsbench.serialization.codec.SerializedSizes;
import dev.fsbench.serialization.model.RecordKind;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SparkCodecsTest {

    private static final SparkCodecs CATALOG = new SparkCodecs();

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
    void sizeTableComesFromTheSparkCatalogAndIsDeterministic() throws Exception {
        CodecCatalog loaded = ServiceLoader.load(CodecCatalog.class).findFirst().orElseThrow();
        List<SerializedSizes.Entry> first = SerializedSizes.measure(loaded);

        assertThat(loaded).isInstanceOf(SparkCodecs.class);
        assertThat(first).hasSize(9).isEqualTo(SerializedSizes.measure(loaded));
        for (RecordKind kind : RecordKind.values()) {
            assertThat(bytes(first, SparkCodecs.SPARK_JAVA, kind))
                    .as("%s: Java serialization carries class descriptors", kind)
                    .isGreaterThan(bytes(first, SparkCodecs.SPARK_KRYO_REGISTERED, kind));
            assertThat(bytes(first, SparkCodecs.SPARK_KRYO_UNREGISTERED, kind))
                    .as("%s: unregistered Kryo writes class names", kind)
                    .isGreaterThan(bytes(first, SparkCodecs.SPARK_KRYO_REGISTERED, kind));
        }
    }

    private static int bytes(List<SerializedSizes.Entry> entries, String serializer, RecordKind kind) {
        return entries.stream()
                .filter(e -> e.serializer().equals(serializer) && e.record().equals(kind.id()))
                .findFirst()
                .orElseThrow()
                .serializedBytes();
    }
}
