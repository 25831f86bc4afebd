package dev.fsbench.harness.capacity;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.generator.RateSchedule;
import dev.fsbench.harness.run.LoadStop;
import java.util.function.LongSupplier;

/**
 * Stops a ramp once the engine is clearly behind: the events sent but not yet accounted for by results exceed
 * what the open windows can hold (window size plus out-of-orderness at the current rate) by more than
 * {@code maxBehindMs} worth of input. Every later step would only be judged on top of that backlog, and sending
 * on would leave the engine minutes of work before it can be stopped.
 */
final class BehindStop implements LoadStop {

    private static final long CHECK_EVERY_NANOS = 500_000_000L;

    private final RateSchedule schedule;
    private final int windowsPerEvent;
    private final long openWindowsMs;
    private final long maxBehindMs;
    private long startNanos;
    private long nextCheckNanos;
    private volatile long stoppedAtEpochMs;

    BehindStop(RateSchedule schedule, WorkloadSpec spec, long maxBehindMs) {
        this.schedule = schedule;
        this.windowsPerEvent = spec.window().windowsPerEvent();
        this.openWindowsMs = spec.window().sizeMs() + spec.outOfOrdernessMs();
        this.maxBehindMs = maxBehindMs;
    }

    @Override
    public boolean stop(LongSupplier eventsSent, LongSupplier membershipsReceived) {
        if (stoppedAtEpochMs != 0) {
            return true;
        }
        long now = System.nanoTime();
        if (startNanos == 0) {
            startNanos = now; // asked first just as the generator starts its schedule
            nextCheckNanos = now + CHECK_EVERY_NANOS;
            return false;
        }
        if (now < nextCheckNanos) {
            return false;
        }
        nextCheckNanos = now + CHECK_EVERY_NANOS;
        long rate = schedule.rateAt((now - startNanos) / 1_000_000L);
        if (behindMs(eventsSent.getAsLong(), membershipsReceived.getAsLong(), rate) > maxBehindMs) {
            stoppedAtEpochMs = System.currentTimeMillis();
            return true;
        }
        return false;
    }

    /** How far beyond its open windows the engine is behind, in milliseconds of input at {@code rate}. */
    long behindMs(long sent, long memberships, long rate) {
        double unaccounted = sent - memberships / (double) windowsPerEvent;
        return Math.round(unaccounted * 1000.0 / rate) - openWindowsMs;
    }

    /** When the ramp was stopped (epoch ms), 0 if it was not. */
    long stoppedAtEpochMs() {
        return stoppedAtEpochMs;
    }

    long maxBehindMs() {
        return maxBehindMs;
    }
}
