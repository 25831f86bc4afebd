package dev.fsbench.spark;

import org.apache.spark.streaming.Time;
import org.apache.spark.streaming.api.java.JavaStreamingContext;

/**
 * Starts a StreamingContext so its windows end on multiples of the slide since the epoch, the grid every other
 * engine and the ground truth use, which makes DStream windows comparable with theirs in reports.
 *
 * <p>Spark's first batch time is the batch boundary after {@code start()} ({@code RecurringTimer.getStartTime}),
 * its zero time one batch earlier, and a window DStream fires at zero time + k * slide. Calling {@code start()}
 * just after a multiple of the slide makes that multiple the zero time, as long as {@code start()} reaches the
 * timer within one batch interval. {@link #isAligned} checks the outcome instead of trusting the timing; the
 * collector's verification does not depend on it.
 */
final class EpochAlignedStart {

    /** Starting exactly on the grid point could read the clock a millisecond early. */
    private static final long MARGIN_MS = 5;

    private EpochAlignedStart() {}

    static void start(JavaStreamingContext context, long batchIntervalMs, long slideMs) throws InterruptedException {
        Thread.sleep(delayUntilAlignedStart(System.currentTimeMillis(), batchIntervalMs, slideMs));
        context.start();
    }

    static long delayUntilAlignedStart(long nowMs, long batchIntervalMs, long slideMs) {
        long margin = Math.min(MARGIN_MS, batchIntervalMs / 10);
        long startAt = Math.floorDiv(nowMs - margin + slideMs - 1, slideMs) * slideMs + margin;
        return startAt - nowMs;
    }

    static boolean isAligned(JavaStreamingContext context, long slideMs) {
        Time zero = context.ssc().graph().zeroTime();
        return zero != null && Math.floorMod(zero.milliseconds(), slideMs) == 0;
    }
}
