package dev.fsbench.flink;

import java.io.Serializable;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * One in-flight representation of a word event ({@link RecordType}): its Flink type, and how to build it
 * from a Kafka value and read it back. The pipeline is written once against this, so the three record types
 * differ only in the serializer Flink picks, which is what the knob is meant to measure.
 */
public interface EventCodec<T> extends Serializable {

    TypeInformation<T> typeInfo();

    T decode(byte[] kafkaValue);

    String word(T event);

    long eventTimeMs(T event);

    static EventCodec<?> of(RecordType type) {
        return switch (type) {
            case POJO -> new PojoEventCodec(false);
            case KRYO -> new PojoEventCodec(true);
            case TUPLE -> new TupleEventCodec();
        };
    }
}
