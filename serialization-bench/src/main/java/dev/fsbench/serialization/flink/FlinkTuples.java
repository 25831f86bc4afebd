package dev.fsbench.serialization.flink;

import dev.fsbench.serialization.model.Address;
import dev.fsbench.serialization.model.EventType;
import dev.fsbench.serialization.model.RecordKind;
import dev.fsbench.serialization.model.RichEvent;
import dev.fsbench.serialization.model.WindowResult;
import dev.fsbench.serialization.model.WordEvent;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeHint;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.tuple.Tuple;
import org.apache.flink.api.java.tuple.Tuple10;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple4;

/** The Flink Tuple form of each record (same fields, positional), for TupleSerializer against PojoSerializer. */
final class FlinkTuples {

    private FlinkTuples() {}

    static TypeInformation<? extends Tuple> typeOf(RecordKind kind) {
        return switch (kind) {
            case WORD_EVENT -> new TypeHint<Tuple2<String, Long>>() {}.getTypeInfo();
            case WINDOW_RESULT -> new TypeHint<Tuple4<Long, Long, String, Long>>() {}.getTypeInfo();
            case RICH_EVENT ->
                new TypeHint<
                        Tuple10<
                                Long,
                                Long,
                                Integer,
                                Double,
                                String,
                                EventType,
                                List<String>,
                                Address,
                                Boolean,
                                String>>() {}.getTypeInfo();
        };
    }

    static Tuple toTuple(Object pojo) {
        if (pojo instanceof WordEvent e) {
            return Tuple2.of(e.word, e.eventTimeMs);
        }
        if (pojo instanceof WindowResult r) {
            return Tuple4.of(r.windowStartMs, r.windowEndMs, r.word, r.count);
        }
        if (pojo instanceof RichEvent e) {
            return Tuple10.of(
                    e.eventId,
                    e.timestampMs,
                    e.userId,
                    e.amount,
                    e.currency,
                    e.type,
                    e.tags,
                    e.shippingAddress,
                    e.priority,
                    e.sessionId);
        }
        throw new IllegalArgumentException(
                "No tuple form for " + pojo.getClass().getName());
    }
}
