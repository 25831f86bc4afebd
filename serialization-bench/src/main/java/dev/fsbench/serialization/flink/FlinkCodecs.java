package dev.fsbench.serialization.flink;

import dev.fsbench.serialization.codec.BoundCodec;
import dev.fsbench.serialization.codec.CodecCatalog;
import dev.fsbench.serialization.codec.JavaNativeCodec;
import dev.fsbench.serialization.model.RecordKind;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.tuple.Tuple;

/**
 * Serializers available without Spark on the classpath: Java native, standalone Kryo 5, and Flink's
 * TypeSerializers obtained exactly as a Flink job gets them, {@code TypeInformation.of(..).createSerializer(..)}.
 */
public final class FlinkCodecs implements CodecCatalog {

    public static final String JAVA = "java";
    public static final String KRYO_REGISTERED = "kryo-registered";
    public static final String KRYO_UNREGISTERED = "kryo-unregistered";
    public static final String KRYO_REGISTERED_REFS = "kryo-registered-refs";
    public static final String FLINK_POJO = "flink-pojo";
    public static final String FLINK_TUPLE = "flink-tuple";
    public static final String FLINK_KRYO_UNREGISTERED = "flink-kryo-unregistered";
    public static final String FLINK_KRYO_REGISTERED = "flink-kryo-registered";
    public static final String HAND_WRITTEN = "hand-written";

    @Override
    public List<String> serializers() {
        return List.of(
                JAVA,
                KRYO_REGISTERED,
                KRYO_UNREGISTERED,
                KRYO_REGISTERED_REFS,
                FLINK_POJO,
                FLINK_TUPLE,
                FLINK_KRYO_UNREGISTERED,
                FLINK_KRYO_REGISTERED,
                HAND_WRITTEN);
    }

    @Override
    public BoundCodec create(String serializer, RecordKind kind) {
        Object pojo = kind.sample();
        return switch (serializer) {
            case JAVA -> BoundCodec.of(serializer, kind.id(), pojo, new JavaNativeCodec());
            case KRYO_REGISTERED -> BoundCodec.of(serializer, kind.id(), pojo, KryoCodec.registered(false));
            case KRYO_REGISTERED_REFS -> BoundCodec.of(serializer, kind.id(), pojo, KryoCodec.registered(true));
            case KRYO_UNREGISTERED -> BoundCodec.of(serializer, kind.id(), pojo, KryoCodec.unregistered());
            case FLINK_POJO ->
                BoundCodec.of(serializer, kind.id(), pojo, new TypeSerializerCodec<>(pojoSerializer(kind)));
            case FLINK_TUPLE ->
                BoundCodec.of(
                        serializer,
                        kind.id(),
                        FlinkTuples.toTuple(pojo),
                        new TypeSerializerCodec<>(tupleSerializer(kind)));
            case FLINK_KRYO_UNREGISTERED ->
                BoundCodec.of(
                        serializer, kind.id(), pojo, new TypeSerializerCodec<>(kryoFallbackSerializer(kind, false)));
            case FLINK_KRYO_REGISTERED ->
                BoundCodec.of(
                        serializer, kind.id(), pojo, new TypeSerializerCodec<>(kryoFallbackSerializer(kind, true)));
            case HAND_WRITTEN -> BoundCodec.of(serializer, kind.id(), pojo, new HandWrittenCodec(kind));
            default -> throw unknown(serializer);
        };
    }

    @SuppressWarnings("unchecked")
    static TypeSerializer<Object> pojoSerializer(RecordKind kind) {
        return (TypeSerializer<Object>)
                TypeInformation.of(kind.pojoClass()).createSerializer(new SerializerConfigImpl());
    }

    @SuppressWarnings("unchecked")
    static TypeSerializer<Tuple> tupleSerializer(RecordKind kind) {
        return (TypeSerializer<Tuple>) FlinkTuples.typeOf(kind).createSerializer(new SerializerConfigImpl());
    }

    /**
     * What Flink falls back to for a type it cannot analyse, forced here for a POJO it could analyse
     * ({@code pipeline.force-kryo}), so the two are compared on the same class.
     */
    @SuppressWarnings("unchecked")
    static TypeSerializer<Object> kryoFallbackSerializer(RecordKind kind, boolean registered) {
        SerializerConfigImpl config = new SerializerConfigImpl();
        config.setForceKryo(true);
        if (registered) {
            RecordKind.classesToRegister().forEach(config::registerKryoType);
        }
        return (TypeSerializer<Object>) TypeInformation.of(kind.pojoClass()).createSerializer(config);
    }
}
