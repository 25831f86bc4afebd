package dev.fsbench.flink;

import dev.fsbench.api.RecordFormat;
import org.apache.flink.api.common.functions.MapFunction;

/** Turns a number sequence into live word events at about 1000/s per subtask: an endless but gentle test source. */
final class PacedEvents<T> implements MapFunction<Long, T> {

    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "epsilon"};

    private final EventCodec<T> codec;

    PacedEvents(EventCodec<T> codec) {
        this.codec = codec;
    }

    @Override
    public T map(Long sequence) throws InterruptedException {
        Thread.sleep(1);
        return codec.decode(
                RecordFormat.encodeEvent(System.currentTimeMillis(), WORDS[(int) (sequence % WORDS.length)]));
    }
}
