package dev.fsbench.harness.generator;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Keeps the sender threads together: each publishes when its next event is due, and none sends an event due more
 * than {@link #BUDGET_NANOS} after the slowest thread's next one. So events reach the producer in schedule order
 * to within the budget, whichever thread stalls, and the out-of-orderness the engines were promised holds.
 */
final class SenderSkew {

    static final long BUDGET_NANOS = 200_000;

    /** A finished thread holds nobody back. */
    static final long FINISHED = Long.MAX_VALUE;

    /** Longs per slot: each thread's slot on a cache line of its own. */
    private static final int STRIDE = 8;

    private final AtomicLongArray nextDueNanos;
    private final int threads;

    SenderSkew(int threads) {
        this.threads = threads;
        this.nextDueNanos = new AtomicLongArray(threads * STRIDE);
    }

    /** Called by thread {@code shard} only. */
    void publish(int shard, long dueNanos) {
        nextDueNanos.lazySet(shard * STRIDE, dueNanos);
    }

    /** Until when a thread may send: the slowest thread's next due time plus the budget. */
    long allowedUntilNanos() {
        long slowest = FINISHED;
        for (int k = 0; k < threads; k++) {
            slowest = Math.min(slowest, nextDueNanos.get(k * STRIDE));
        }
        return slowest == FINISHED ? FINISHED : slowest + BUDGET_NANOS;
    }
}
