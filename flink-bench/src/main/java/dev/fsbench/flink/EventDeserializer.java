package dev.fsbench.flink;

import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/** Kafka value bytes to the run's in-flight event type. */
final class EventDeserializer<T> implements DeserializationSchema<T> {

    private final EventCodec<T> codec;

    EventDeserializer(EventCodec<T> codec) {
        this.codec = codec;
    }

    @Override
    public T deserialize(byte[] message) {
        return codec.decode(message);
    }

    @Override
    public boolean isEndOfStream(T nextElement) {
        return false;
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return codec.typeInfo();
    }
}
