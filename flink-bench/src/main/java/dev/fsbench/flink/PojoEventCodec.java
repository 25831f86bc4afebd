package dev.fsbench.flink;

import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WordEvent;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/** {@link WordEventPojo} through Flink's PojoSerializer, or forced through the generic Kryo path. */
final class PojoEventCodec implements EventCodec<WordEventPojo> {

    private final boolean forceKryo;

    PojoEventCodec(boolean forceKryo) {
        this.forceKryo = forceKryo;
    }

    @Override
    public TypeInformation<WordEventPojo> typeInfo() {
        return forceKryo ? Types.GENERIC(WordEventPojo.class) : Types.POJO(WordEventPojo.class);
    }

    @Override
    public WordEventPojo decode(byte[] kafkaValue) {
        WordEvent event = RecordFormat.decodeEvent(kafkaValue);
        return new WordEventPojo(event.word(), event.eventTimeMs());
    }

    @Override
    public String word(WordEventPojo event) {
        return event.word;
    }

    @Override
    public long eventTimeMs(WordEventPojo event) {
        return event.eventTimeMs;
    }
}
