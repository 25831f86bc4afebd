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

    static Stream<Arguments> everyStreamSerializerAndRecord() {
        return CATALOG.streamSerializers().stream()
                .flatMap(serializer -> Stream.of(RecordKind.values()).map(kind -> Arguments.of(serializer, kind)));
    }

    @ParameterizedTest(name = "{0} round-trips {1} across stream resets")
    @MethodSource("everyStreamSerializerAndRecord")
    void aReusedStreamRoundTripsRecordAfterRecord(String serializer, RecordKind kind) {
        SparkRecordStream stream = CATALOG.createStream(serializer, kind);

        for (int i = 0; i < 3 * SparkCodecs.OBJECT_STREAM_RESET + 7; i++) {
            assertThat(stream.roundTrip()).as("record %d", i).isEqualTo(kind.sample());
        }
    }

    @Test
    void aReusedJavaStreamWritesClassDescriptorsOncePerResetPeriod() throws Exception {
        List<SerializedSizes.Entry> sizes = SerializedSizes.measure(CATALOG);

        for (RecordKind kind : RecordKind.values()) {
            int perRecord = bytes(sizes, SparkCodecs.SPARK_JAVA, kind);
            int streamed = bytes(sizes, SparkCodecs.SPARK_JAVA_STREAM, kind);
            assertThat(streamed).as("%s", kind).isLessThan(perRecord);
            assertThat(bytes(sizes, SparkCodecs.SPARK_KRYO_REGISTERED_STREAM, kind))
                    .as("%s: Kryo writes no descriptors, so a stream saves next to nothing", kind)
                    .isBetween(
                            bytes(sizes, SparkCodecs.SPARK_KRYO_REGISTERED, kind) - 1,
                            bytes(sizes, SparkCodecs.SPARK_KRYO_REGISTERED, kind));
        }
    }

    @Test
    void sizeTableComesFromTheSparkCatalogAndIsDeterministic() throws Exception {
        CodecCatalog loaded = ServiceLoader.load(CodecCatalog.class).findFirst().orElseThrow();
        List<SerializedSizes.Entry> first = SerializedSizes.measure(loaded);

        assertThat(loaded).isInstanceOf(SparkCodecs.class);
        assertThat(first).hasSize(15).isEqualTo(SerializedSizes.measure(loaded));
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
