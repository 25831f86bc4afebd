package dev.fsbench.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.function.LongConsumer;

/**
 * An event-time window definition: tumbling when {@code slideMs == sizeMs}, sliding when smaller.
 *
 * <p>Windows are aligned to the epoch (offset 0), which is what Flink's {@code TumblingEventTimeWindows}/
 * {@code SlidingEventTimeWindows} and Spark's {@code window()} do by default, so every engine and the
 * generator's ground truth agree on window boundaries without coordination.
 */
public record WindowSpec(long sizeMs, long slideMs) {

    public WindowSpec {
        if (sizeMs <= 0) {
            throw new IllegalArgumentException("window size must be > 0 ms, got " + sizeMs);
        }
        if (slideMs <= 0) {
            throw new IllegalArgumentException("window slide must be > 0 ms, got " + slideMs);
        }
        if (slideMs > sizeMs) {
            throw new IllegalArgumentException(
                    "window slide (" + slideMs + " ms) must not exceed window size (" + sizeMs + " ms)");
        }
    }

    public static WindowSpec tumbling(long sizeMs) {
        return new WindowSpec(sizeMs, sizeMs);
    }

    @JsonIgnore
    public boolean isTumbling() {
        return slideMs == sizeMs;
    }

    /** How many windows one event belongs to. */
    public int windowsPerEvent() {
        return (int) ((sizeMs + slideMs - 1) / slideMs);
    }

    /** Start of the latest window containing {@code timestampMs} (same formula as Flink's TimeWindow). */
    public long lastWindowStart(long timestampMs) {
        return timestampMs - Math.floorMod(timestampMs, slideMs);
    }

    /** Calls {@code action} with the start of every window that contains {@code timestampMs}. */
    public void forEachWindowStart(long timestampMs, LongConsumer action) {
        for (long start = lastWindowStart(timestampMs); start > timestampMs - sizeMs; start -= slideMs) {
            action.accept(start);
        }
    }

    public long windowEnd(long windowStartMs) {
        return windowStartMs + sizeMs;
    }

    /** Name used in results and scenario files. */
    public String kind() {
        return isTumbling() ? "tumbling" : "sliding";
    }
}
