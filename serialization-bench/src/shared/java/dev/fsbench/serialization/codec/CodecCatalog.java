package dev.fsbench.serialization.codec;

import dev.fsbench.serialization.model.RecordKind;
import java.util.List;

/**
 * The serializers one benchmark jar offers (found with {@link java.util.ServiceLoader}, one catalog per jar:
 * Flink's and Spark's serializers cannot share a classpath).
 */
public interface CodecCatalog {

    /** Serializer ids, as used in JMH's {@code serializer} parameter and in reports. */
    List<String> serializers();

    /** A fresh codec (own buffers, own Kryo instance) bound to a fresh sample of {@code kind}. */
    BoundCodec create(String serializer, RecordKind kind) throws Exception;

    /**
     * Bytes per record of serializers this catalog offers only as a reused stream (not as a per-record codec),
     * which {@link SerializedSizes} lists beside the per-record ones.
     */
    default List<SerializedSizes.Entry> streamSizes() throws Exception {
        return List.of();
    }

    default IllegalArgumentException unknown(String serializer) {
        return new IllegalArgumentException(
                "Unknown serializer '" + serializer + "', expected one of " + serializers());
    }
}
