package dev.fsbench.serialization.codec;

/**
 * One serializer under test, reduced to what the benchmarks time. {@link #serialize} writes into a buffer the
 * codec reuses (as engines do between records), so the figures measure the serializer and not a byte[] copy.
 */
public interface Codec<T> {

    /** Serializes {@code value} into this codec's buffer and returns the number of bytes written. */
    int serialize(T value) throws Exception;

    /** The buffer the last {@link #serialize} wrote to; valid for the length it returned, until the next call. */
    byte[] buffer();

    T deserialize(byte[] bytes, int length) throws Exception;

    /** Serialized bytes as an exact-length copy (setup and size tables, never inside a timed loop). */
    default byte[] toBytes(T value) throws Exception {
        int length = serialize(value);
        return java.util.Arrays.copyOf(buffer(), length);
    }
}
