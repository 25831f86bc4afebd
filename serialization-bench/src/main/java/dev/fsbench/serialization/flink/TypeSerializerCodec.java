package dev.fsbench.serialization.flink;

import dev.fsbench.serialization.codec.Codec;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/** A Flink TypeSerializer over Flink's own reusable in-memory views, as its network and state layers use them. */
final class TypeSerializerCodec<T> implements Codec<T> {

    private final TypeSerializer<T> serializer;
    private final DataOutputSerializer output = new DataOutputSerializer(256);
    private final DataInputDeserializer input = new DataInputDeserializer();

    TypeSerializerCodec(TypeSerializer<T> serializer) {
        this.serializer = serializer;
    }

    TypeSerializer<T> serializer() {
        return serializer;
    }

    @Override
    public int serialize(T value) throws Exception {
        output.clear();
        serializer.serialize(value, output);
        return output.length();
    }

    @Override
    public byte[] buffer() {
        return output.getSharedBuffer();
    }

    @Override
    public T deserialize(byte[] bytes, int length) throws Exception {
        input.setBuffer(bytes, 0, length);
        return serializer.deserialize(input);
    }
}
