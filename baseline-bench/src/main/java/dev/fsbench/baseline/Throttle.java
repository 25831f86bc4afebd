package dev.fsbench.baseline;

/**
 * Holds the loop to at most {@code eventsPerSec}: after each batch the loop sleeps until the time that batch may
 * have taken at that rate (a token bucket). The bucket holds at most {@link #CREDIT_NANOS} of unused time, so the
 * loop's own pauses (a poll waiting for a fetch, sending results) do not lower the rate of an engine that has work
 * queued, while an engine that was idle can then run above the limit for that long at most. {@link #NONE} never
 * sleeps.
 */
final class Throttle {

    static final Throttle NONE = new Throttle(0);

    /** Unused time the bucket keeps: enough for a slow fetch or a scheduling delay on a busy machine. */
    static final long CREDIT_NANOS = 250_000_000L;

    private final long nanosPerEvent;
    private long allowedUntilNanos = Long.MIN_VALUE;

    /** @param eventsPerSec the limit, 0 for none */
    Throttle(long eventsPerSec) {
        this.nanosPerEvent = eventsPerSec == 0 ? 0 : Math.max(1, 1_000_000_000L / eventsPerSec);
    }

    static Throttle of(long eventsPerSec) {
        return eventsPerSec == 0 ? NONE : new Throttle(eventsPerSec);
    }

    boolean limits() {
        return nanosPerEvent > 0;
    }

    /** Accounts for {@code events} just processed and sleeps for as long as they were processed too fast. */
    void processed(int events) throws InterruptedException {
        if (nanosPerEvent == 0 || events == 0) {
            return;
        }
        long now = System.nanoTime();
        allowedUntilNanos = Math.max(allowedUntilNanos, now - CREDIT_NANOS) + events * nanosPerEvent;
        long aheadNanos = allowedUntilNanos - now;
        if (aheadNanos > 0) {
            Thread.sleep(aheadNanos / 1_000_000, (int) (aheadNanos % 1_000_000));
        }
    }
}
