package dev.fsbench.spark;

import com.esotericsoftware.kryo.Kryo;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * The classes the DStream job ships between tasks that Spark's KryoSerializer does not register itself, so
 * {@code spark.kryo.registrationRequired=true} holds (Kryo then writes a small id instead of a class name).
 */
public final class BenchKryoRegistrator implements KryoRegistrator {

    @Override
    public void registerClasses(Kryo kryo) {
        kryo.register(Object[].class);
        kryo.register(String[].class);
        kryo.register(scala.Tuple2[].class);
    }
}
