package dev.fsbench.harness.generator;

/**
 * When event {@code i} is due: {@code start + i / rate}, computed in integer nanoseconds so the schedule never
 * drifts. Events carry their scheduled time (not the time they were actually sent) as event time, so when the
 * producer or broker stalls the delay shows up as latency instead of silently lowering the load
 * (no coordinated omission).
 */
public final class RateSchedule {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long ratePerSec;
    private final long startNanos;
    private final long startEpochMillis;

    public RateSchedule(long ratePerSec, long startNanos, long startEpochMillis) {
        if (ratePerSec <= 0) {
            throw new IllegalArgumentException("rate must be > 0 events/s, got " + ratePerSec);
        }
        this.ratePerSec = ratePerSec;
        this.startNanos = startNanos;
        this.startEpochMillis = startEpochMillis;
    }

    /** Offset of event {@code index} from the start; split so it cannot overflow for any realistic run. */
    public long offsetNanos(long index) {
        return (index / ratePerSec) * NANOS_PER_SECOND + (index % ratePerSec) * NANOS_PER_SECOND / ratePerSec;
    }

    public long dueNanos(long index) {
        return startNanos + offsetNanos(index);
    }

    /** Scheduled time of event {@code index} on the wall clock, in epoch milliseconds. */
    public long scheduledEpochMillis(long index) {
        return startEpochMillis + offsetNanos(index) / 1_000_000L;
    }

    /** Events scheduled in the first {@code durationMillis} of the schedule. */
    public long eventsIn(long durationMillis) {
        return durationMillis * ratePerSec / 1000L;
    }

    public long ratePerSec() {
        return ratePerSec;
    }

    public long startNanos() {
        return startNanos;
    }

    public long startEpochMillis() {
        return startEpochMillis;
    }
}
