package dev.fsbench.flink;

import dev.fsbench.api.KeySalt;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.api.java.tuple.Tuple2;

/** keyBy(word, salt): a hot word's events spread over {@code buckets} keys, salted by {@link KeySalt}. */
final class SaltedWordKey<T> implements KeySelector<T, Tuple2<String, Integer>> {

    static final TypeInformation<Tuple2<String, Integer>> TYPE = Types.TUPLE(Types.STRING, Types.INT);

    private final EventCodec<T> codec;
    private final int buckets;

    SaltedWordKey(EventCodec<T> codec, int buckets) {
        this.codec = codec;
        this.buckets = buckets;
    }

    @Override
    public Tuple2<String, Integer> getKey(T event) {
        String word = codec.word(event);
        return Tuple2.of(word, KeySalt.of(codec.eventTimeMs(event), word, buckets));
    }

    static String word(Tuple2<String, Integer> saltedKey) {
        return saltedKey.f0;
    }
}
