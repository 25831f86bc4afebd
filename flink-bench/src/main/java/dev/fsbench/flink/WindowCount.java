package dev.fsbench.flink;

import dev.fsbench.api.WindowResult;

/**
 * One count per (window, word) as it travels from the window operator to the sink: a mutable POJO (public
 * fields, no-arg constructor, so Flink's PojoSerializer) rather than the immutable {@link WindowResult}, so the
 * window function can fill one instance again and again ({@code flink.reuseResultObject}).
 */
public class WindowCount {

    public long windowStartMs;
    public long windowEndMs;
    public String word;
    public long count;

    public WindowCount() {}

    public WindowCount(long windowStartMs, long windowEndMs, String word, long count) {
        set(windowStartMs, windowEndMs, word, count);
    }

    /** Overwrites every field: the reuse pattern's "fill, then emit". */
    public WindowCount set(long windowStartMs, long windowEndMs, String word, long count) {
        this.windowStartMs = windowStartMs;
        this.windowEndMs = windowEndMs;
        this.word = word;
        this.count = count;
        return this;
    }

    public WindowResult toResult() {
        return new WindowResult(windowStartMs, windowEndMs, word, count);
    }

    @Override
    public String toString() {
        return windowStartMs + "," + windowEndMs + "," + word + "," + count;
    }
}
