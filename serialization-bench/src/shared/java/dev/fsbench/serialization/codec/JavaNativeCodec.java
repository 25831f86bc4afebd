package dev.fsbench.serialization.codec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

/**
 * Java native serialization as Spark's JavaSerializer and Java checkpoints use it: a new object stream per
 * record, so every record carries the stream header and full class descriptors.
 */
public final class JavaNativeCodec implements Codec<Object> {

    /** Exposes the internal array, so reading back does not copy. */
    private static final class ExposedByteArrayOutputStream extends ByteArrayOutputStream {
        ExposedByteArrayOutputStream() {
            super(512);
        }

        byte[] array() {
            return buf;
        }
    }

    private final ExposedByteArrayOutputStream bytes = new ExposedByteArrayOutputStream();

    @Override
    public int serialize(Object value) throws Exception {
        bytes.reset();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.size();
    }

    @Override
    public byte[] buffer() {
        return bytes.array();
    }

    @Override
    public Object deserialize(byte[] buffer, int length) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(buffer, 0, length))) {
            return in.readObject();
        }
    }
}
