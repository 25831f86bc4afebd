package dev.fsbench.flink;

import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WordEvent;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;

/** (word, eventTimeMs) as a {@code Tuple2}, serialized by Flink's TupleSerializer. */
final class TupleEventCodec implements EventCodec<Tuple2<String, Long>> {

    @Override
    public TypeInformation<Tuple2<String, Long>> typeInfo() {
        return Types.TUPLE(Types.STRING, Types.LONG);
    }

    @Override
    public Tuple2<String, Long> decode(byte[] kafkaValue) {
        WordEvent event = RecordFormat.decodeEvent(kafkaValue);
        return Tuple2.of(event.word(), event.eventTimeMs());
    }

    @Override
    public String word(Tuple2<String, Long> event) {
        return event.f0;
    }

    @Override
    public long eventTimeMs(Tuple2<String, Long> event) {
        return event.f1;
    }
}
