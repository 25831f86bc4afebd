package dev.fsbench.serialization.bench;

import dev.fsbench.serialization.codec.BoundCodec;
import dev.fsbench.serialization.codec.Codec;
import java.util.Arrays;

/**
 * What the serialization benchmarks of both jars do with one bound codec; each jar's JMH state binds it from its
 * own catalog. Binding verifies the round trip, so a broken serializer fails the trial instead of reporting a
 * fast, wrong figure.
 */
public abstract class CodecState {

    /** Record parameter values shared by both jars' benchmarks (JMH needs compile-time constants). */
    public static final String WORD_EVENT = "word-event";

    public static final String WINDOW_RESULT = "window-result";
    public static final String RICH_EVENT = "rich-event";

    private Object sample;
    private Codec<Object> codec;
    private byte[] serialized;

    protected final void bind(BoundCodec bound) throws Exception {
        this.sample = bound.sample();
        this.codec = bound.codec();
        this.serialized = codec.toBytes(sample);
        Object copy = codec.deserialize(serialized, serialized.length);
        if (!sample.equals(copy)) {
            throw new IllegalStateException(bound.serializer() + " does not round-trip " + bound.record() + ": "
                    + sample + " became " + copy + " (" + Arrays.toString(serialized) + ")");
        }
    }

    public final int ser() throws Exception {
        return codec.serialize(sample);
    }

    public final Object deser() throws Exception {
        return codec.deserialize(serialized, serialized.length);
    }

    public final Object roundtrip() throws Exception {
        int length = codec.serialize(sample);
        return codec.deserialize(codec.buffer(), length);
    }
}
