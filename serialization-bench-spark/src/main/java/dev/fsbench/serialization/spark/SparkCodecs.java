package dev.fsbench.serialization.spark;

import dev.fsbench.serialization.codec.BoundCodec;
import dev.fsbench.serialization.codec.CodecCatalog;
import dev.fsbench.serialization.model.RecordKind;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.KryoSerializer;

/**
 * Spark's two serializers with Spark's defaults (Kryo: reference tracking on, as {@code spark.kryo.referenceTracking}
 * ships), registered as the Spark tuning guide recommends or not.
 */
public final class SparkCodecs implements CodecCatalog {

    public static final String SPARK_JAVA = "spark-java";
    public static final String SPARK_KRYO_REGISTERED = "spark-kryo-registered";
    public static final String SPARK_KRYO_UNREGISTERED = "spark-kryo-unregistered";

    @Override
    public List<String> serializers() {
        return List.of(SPARK_JAVA, SPARK_KRYO_REGISTERED, SPARK_KRYO_UNREGISTERED);
    }

    @Override
    public BoundCodec create(String serializer, RecordKind kind) {
        SparkConf conf = new SparkConf(false);
        org.apache.spark.serializer.Serializer spark = switch (serializer) {
            case SPARK_JAVA -> new JavaSerializer(conf);
            case SPARK_KRYO_REGISTERED ->
                new KryoSerializer(conf.set("spark.kryo.registrationRequired", "true")
                        .registerKryoClasses(RecordKind.classesToRegister().toArray(Class<?>[]::new)));
            case SPARK_KRYO_UNREGISTERED -> new KryoSerializer(conf);
            default -> throw unknown(serializer);
        };
        return BoundCodec.of(serializer, kind.id(), kind.sample(), new SparkSerializerCodec(spark.newInstance()));
    }
}
