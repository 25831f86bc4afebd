package dev.fsbench.spark;

import org.apache.spark.streaming.Time;
import org.apache.spark.streaming.api.java.JavaStreamingContext;

/**
 * Starts a StreamingContext so its windows end on multiples of the slide since the epoch, the grid every other
 * engine and the ground truth use.
 *
 * <p>Spark's first batch time is the batch boundary after {@code start()} ({@code RecurringTimer.getStartTime}),
 * its zero time one batch earlier, and a window DStream fires at zero time + k * slide. So waiting until half a
 * batch before a boundary B with {@code B = batch (mod slide)} puts window ends on the grid; the half batch
 * absorbs {@code start()}'s own delay. {@link #isAligned} checks the outcome instead of trusting the timing.
 */
final class EpochAlignedStart {

    private EpochAlignedStart() {
    }

    static void start(JavaStreamingContext context, long batchIntervalMs, long slideMs) throws InterruptedException {
        Thread.sleep(delayUntilAlignedStart(System.currentTimeMillis(), batchIntervalMs, slideMs));
        context.start();
    }

    static long delayUntilAlignedStart(long nowMs, long batchIntervalMs, long slideMs) {
        long half = batchIntervalMs / 2;
        long earliestBoundary = nowMs + half;
        long target = Math.floorMod(batchIntervalMs, slideMs);
        long boundary = earliestBoundary + Math.floorMod(target - earliestBoundary, slideMs);
        return boundary - half - nowMs;
    }

    static boolean isAligned(JavaStreamingContext context, long slideMs) {
        Time zero = context.ssc().graph().zeroTime();
        return zero != null && Math.floorMod(zero.milliseconds(), slideMs) == 0;
    }
}
