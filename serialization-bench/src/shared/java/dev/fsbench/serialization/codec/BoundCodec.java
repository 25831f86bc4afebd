package dev.fsbench.serialization.codec;

/**
 * A codec together with the sample it serializes. The sample is in the codec's own representation (a POJO, or a
 * Flink Tuple for tuple serializers), converted once at setup so the timed loop does no mapping.
 */
public record BoundCodec(String serializer, String record, Object sample, Codec<Object> codec) {

    @SuppressWarnings("unchecked")
    public static <T> BoundCodec of(String serializer, String record, T sample, Codec<T> codec) {
        return new BoundCodec(serializer, record, sample, (Codec<Object>) codec);
    }

    public Object roundTrip() throws Exception {
        int length = codec.serialize(sample);
        return codec.deserialize(codec.buffer(), length);
    }
}
