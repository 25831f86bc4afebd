package dev.fsbench.serialization.spark;

import dev.fsbench.serialization.codec.BoundCodec;
import dev.fsbench.serialization.codec.CodecCatalog;
import dev.fsbench.serialization.codec.SerializedSizes;
import dev.fsbench.serialization.model.RecordKind;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.Serializer;

/**
 * Spark's two serializers with Spark's defaults (Kryo: reference tracking on, as {@code spark.kryo.referenceTracking}
 * ships), registered as the Spark tuning guide recommends or not. Each is offered per record
 * ({@code SerializerInstance.serialize}: for Java a new object stream per record) and, for Java and registered
 * Kryo, through one reused stream ({@code serializeStream}, as shuffle and cache write records): the fair setup
 * for comparing them.
 */
public final class SparkCodecs implements CodecCatalog {

    public static final String SPARK_JAVA = "spark-java";
    public static final String SPARK_KRYO_REGISTERED = "spark-kryo-registered";
    public static final String SPARK_KRYO_UNREGISTERED = "spark-kryo-unregistered";
    public static final String SPARK_JAVA_STREAM = "spark-java-stream";
    public static final String SPARK_KRYO_REGISTERED_STREAM = "spark-kryo-registered-stream";

    /** Spark's default {@code spark.serializer.objectStreamReset}: a Java stream resets every this many records. */
    public static final int OBJECT_STREAM_RESET = 100;

    @Override
    public List<String> serializers() {
        return List.of(SPARK_JAVA, SPARK_KRYO_REGISTERED, SPARK_KRYO_UNREGISTERED);
    }

    /** Serializer ids of the reused-stream setup ({@link #createStream}). */
    public List<String> streamSerializers() {
        return List.of(SPARK_JAVA_STREAM, SPARK_KRYO_REGISTERED_STREAM);
    }

    @Override
    public BoundCodec create(String serializer, RecordKind kind) {
        Serializer spark = spark(serializer);
        return BoundCodec.of(serializer, kind.id(), kind.sample(), new SparkSerializerCodec(spark.newInstance()));
    }

    /** One reused stream of {@code serializer} (a {@link #streamSerializers()} id) over copies of {@code kind}. */
    public SparkRecordStream createStream(String serializer, RecordKind kind) {
        return new SparkRecordStream(spark(perRecordId(serializer)).newInstance(), kind, OBJECT_STREAM_RESET);
    }

    /** The reused streams' bytes per record, averaged over one reset period of a fresh stream. */
    @Override
    public List<SerializedSizes.Entry> streamSizes() {
        List<SerializedSizes.Entry> entries = new ArrayList<>();
        for (String serializer : streamSerializers()) {
            for (RecordKind kind : RecordKind.values()) {
                int bytes = SparkRecordStream.bytesPerRecord(
                        spark(perRecordId(serializer)).newInstance(), kind, OBJECT_STREAM_RESET);
                entries.add(new SerializedSizes.Entry(serializer, kind.id(), bytes));
            }
        }
        return entries;
    }

    private Serializer spark(String serializer) {
        SparkConf conf = new SparkConf(false).set("spark.serializer.objectStreamReset", "" + OBJECT_STREAM_RESET);
        return switch (serializer) {
            case SPARK_JAVA -> new JavaSerializer(conf);
            case SPARK_KRYO_REGISTERED ->
                new KryoSerializer(conf.set("spark.kryo.registrationRequired", "true")
                        .registerKryoClasses(RecordKind.classesToRegister().toArray(Class<?>[]::new)));
            case SPARK_KRYO_UNREGISTERED -> new KryoSerializer(conf);
            default -> throw unknown(serializer);
        };
    }

    private String perRecordId(String streamSerializer) {
        if (!streamSerializers().contains(streamSerializer)) {
            throw new IllegalArgumentException(
                    "Unknown stream serializer '" + streamSerializer + "', expected one of " + streamSerializers());
        }
        return streamSerializer.substring(0, streamSerializer.length() - "-stream".length());
    }
}
