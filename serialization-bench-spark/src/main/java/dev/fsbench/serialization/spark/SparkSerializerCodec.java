package dev.fsbench.serialization.spark;

import dev.fsbench.serialization.codec.Codec;
import java.nio.ByteBuffer;
import org.apache.spark.serializer.SerializerInstance;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * A Spark SerializerInstance, as Spark uses it for task results, broadcasts and cached blocks: each call returns
 * a fresh ByteBuffer (that allocation is part of Spark's cost and stays in the figures).
 */
final class SparkSerializerCodec implements Codec<Object> {

    private static final ClassTag<Object> ANY_REF = ClassTag$.MODULE$.AnyRef();

    private final SerializerInstance instance;
    private ByteBuffer last = ByteBuffer.allocate(0);

    SparkSerializerCodec(SerializerInstance instance) {
        this.instance = instance;
    }

    @Override
    public int serialize(Object value) {
        last = instance.serialize(value, ANY_REF);
        return last.remaining();
    }

    @Override
    public byte[] buffer() {
        if (last.hasArray() && last.arrayOffset() == 0 && last.position() == 0) {
            return last.array();
        }
        byte[] copy = new byte[last.remaining()];
        last.duplicate().get(copy);
        return copy;
    }

    @Override
    public Object deserialize(byte[] bytes, int length) {
        return instance.deserialize(ByteBuffer.wrap(bytes, 0, length), ANY_REF);
    }
}
