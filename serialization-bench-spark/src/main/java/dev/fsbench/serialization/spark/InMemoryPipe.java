package dev.fsbench.serialization.spark;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Bytes written to {@link #output()} become readable from {@link #input()}, in one thread: what a serialization
 * stream writes, its deserialization stream reads back. The buffer starts over whenever the reader has caught up,
 * so a long round-trip loop stays within a few kilobytes. Reading with nothing written returns -1 (end of stream):
 * a reader asks for bytes only after the writer flushed a whole record.
 */
final class InMemoryPipe {

    private byte[] buffer = new byte[4096];
    private int writePosition;
    private int readPosition;

    private final OutputStream output = new OutputStream() {
        @Override
        public void write(int b) {
            ensureRoom(1);
            buffer[writePosition++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            ensureRoom(length);
            System.arraycopy(bytes, offset, buffer, writePosition, length);
            writePosition += length;
        }
    };

    private final InputStream input = new InputStream() {
        @Override
        public int read() {
            if (readPosition == writePosition) {
                return -1;
            }
            int b = buffer[readPosition++] & 0xff;
            startOverIfDrained();
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int available = writePosition - readPosition;
            if (available == 0) {
                return -1;
            }
            int count = Math.min(length, available);
            System.arraycopy(buffer, readPosition, bytes, offset, count);
            readPosition += count;
            startOverIfDrained();
            return count;
        }

        @Override
        public int available() {
            return writePosition - readPosition;
        }
    };

    OutputStream output() {
        return output;
    }

    InputStream input() {
        return input;
    }

    /** Bytes written and not yet read. */
    int unread() {
        return writePosition - readPosition;
    }

    private void ensureRoom(int length) {
        if (writePosition + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, writePosition + length));
        }
    }

    private void startOverIfDrained() {
        if (readPosition == writePosition) {
            readPosition = 0;
            writePosition = 0;
        }
    }
}
