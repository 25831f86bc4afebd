package dev.fsbench.kstreams;

import dev.fsbench.api.RecordFormat;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * The event's own time, read from its value ({@code <eventTimeMs>,<word>[,<padding>]}), not the record's
 * timestamp: windows, stream time and so grace and suppression all run on event time, whatever the producer or
 * the topic stamped. A malformed event fails the stream thread (the generator never writes one).
 */
public final class EventTimeExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        return RecordFormat.decodeEvent((byte[]) record.value()).eventTimeMs();
    }
}
