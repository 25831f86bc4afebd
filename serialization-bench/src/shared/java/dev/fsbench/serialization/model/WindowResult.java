package dev.fsbench.serialization.model;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/** The workload's output record: the count of one word in one window. */
public class WindowResult implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public long windowStartMs;
    public long windowEndMs;
    public String word;
    public long count;

    public WindowResult() {}

    public WindowResult(long windowStartMs, long windowEndMs, String word, long count) {
        this.windowStartMs = windowStartMs;
        this.windowEndMs = windowEndMs;
        this.word = word;
        this.count = count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WindowResult other
                && windowStartMs == other.windowStartMs
                && windowEndMs == other.windowEndMs
                && count == other.count
                && Objects.equals(word, other.word);
    }

    @Override
    public int hashCode() {
        return Objects.hash(windowStartMs, windowEndMs, word, count);
    }

    @Override
    public String toString() {
        return "WindowResult{" + word + " [" + windowStartMs + "," + windowEndMs + ")=" + count + "}";
    }
}
