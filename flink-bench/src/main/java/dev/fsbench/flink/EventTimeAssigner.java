package dev.fsbench.flink;

import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;

/** The event's own timestamp (from the record value, not Kafka's record timestamp). */
final class EventTimeAssigner<T> implements SerializableTimestampAssigner<T> {

    private final EventCodec<T> codec;

    EventTimeAssigner(EventCodec<T> codec) {
        this.codec = codec;
    }

    @Override
    public long extractTimestamp(T event, long recordTimestamp) {
        return codec.eventTimeMs(event);
    }
}
