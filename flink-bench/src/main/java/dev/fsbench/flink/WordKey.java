package dev.fsbench.flink;

import org.apache.flink.api.java.functions.KeySelector;

/** keyBy(word). */
final class WordKey<T> implements KeySelector<T, String> {

    private final EventCodec<T> codec;

    WordKey(EventCodec<T> codec) {
        this.codec = codec;
    }

    @Override
    public String getKey(T event) {
        return codec.word(event);
    }
}
