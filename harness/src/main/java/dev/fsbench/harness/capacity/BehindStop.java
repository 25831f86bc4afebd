package dev.fsbench.harness.capacity;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.generator.RateSchedule;
import dev.fsbench.harness.run.LoadStop;
import java.util.function.LongSupplier;

/**
 * Stops a ramp once the engine is clearly behind: the events accounted for by its results so far were all due
 * by schedule time t, and t lies more than {@code maxBehindMs} before now beyond what the open windows hold back
 * (window size plus out-of-orderness). Every later step would only be judged on top of that backlog, and sending
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

    /** Never before the schedule passes this point: the first step is judged on its own seconds. */
    private final long notBeforeMs;

    BehindStop(RateSchedule schedule, WorkloadSpec spec, long maxBehindMs, long notBeforeMs) {
        this.notBeforeMs = notBeforeMs;
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
        long elapsedMs = (now - startNanos) / 1_000_000L;
        if (elapsedMs > notBeforeMs && behindMs(elapsedMs, membershipsReceived.getAsLong()) > maxBehindMs) {
            stoppedAtEpochMs = System.currentTimeMillis();
            return true;
        }
        return false;
    }

    /** How far the engine is behind {@code elapsedMs} into the schedule, beyond its open windows. */
    long behindMs(long elapsedMs, long memberships) {
        long accounted = memberships / windowsPerEvent;
        // the schedule time by which the accounted events were due: the last t with eventsIn(t) <= accounted
        long low = 0;
        long high = elapsedMs;
        while (low < high) {
            long mid = (low + high + 1) >>> 1;
            if (schedule.eventsIn(mid) <= accounted) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return elapsedMs - low - openWindowsMs;
    }

    /** When the ramp was stopped (epoch ms), 0 if it was not. */
    long stoppedAtEpochMs() {
        return stoppedAtEpochMs;
    }

    long maxBehindMs() {
        return maxBehindMs;
    }
}
