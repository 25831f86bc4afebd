package dev.fsbench.harness.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How many events per second the generator sends, from the start of its run on: one rate, steps of rates (a
 * stepped ramp, as a capacity search needs) and bursts on top of either. When event {@code i} is due is computed
 * in integer nanoseconds from the start of its step ({@code stepStart + localIndex / rate}), so the schedule never
 * drifts however long it runs. Events carry their scheduled time (not the time they were actually sent) as event
 * time, so when the producer or broker stalls the delay shows up as latency instead of silently lowering the
 * load (no coordinated omission).
 *
 * <p>Each step starts at a whole millisecond and holds {@code floor(durationMillis * rate / 1000)} events; the
 * last step holds on for as long as the generator sends.
 */
public final class RateSchedule {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    /** {@code ratePerSec} events per second for {@code durationMillis}. */
    public record Step(long durationMillis, long ratePerSec) {
        public Step {
            requirePositiveRate(ratePerSec);
            if (durationMillis <= 0) {
                throw new IllegalArgumentException("a rate step must last > 0 ms, got " + durationMillis);
            }
        }
    }

    /** Step k: {@code rates[k]} from {@code startMillis[k]} on; its first event has index {@code firstIndex[k]}. */
    private final long[] startMillis;

    private final long[] rates;
    private final long[] firstIndex;

    private RateSchedule(long[] startMillis, long[] rates) {
        this.startMillis = startMillis;
        this.rates = rates;
        this.firstIndex = new long[rates.length];
        for (int k = 1; k < rates.length; k++) {
            firstIndex[k] = firstIndex[k - 1] + eventsAtRate(rates[k - 1], startMillis[k] - startMillis[k - 1]);
        }
    }

    /** One rate for the whole run. */
    public static RateSchedule constant(long ratePerSec) {
        requirePositiveRate(ratePerSec);
        return new RateSchedule(new long[] {0}, new long[] {ratePerSec});
    }

    /** The steps one after another; the last one holds on after its duration. */
    public static RateSchedule steps(List<Step> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a stepped rate schedule needs at least one step");
        }
        long[] starts = new long[steps.size()];
        long[] rates = new long[steps.size()];
        long at = 0;
        for (int k = 0; k < steps.size(); k++) {
            starts[k] = at;
            rates[k] = steps.get(k).ratePerSec();
            at = Math.addExact(at, steps.get(k).durationMillis());
        }
        return new RateSchedule(starts, rates);
    }

    /** This schedule, but {@code ratePerSec} from {@code atMillis} for {@code durationMillis}, then as before. */
    public RateSchedule withBurst(long atMillis, long durationMillis, long ratePerSec) {
        requirePositiveRate(ratePerSec);
        if (atMillis < 0 || durationMillis <= 0) {
            throw new IllegalArgumentException(
                    "a burst needs a start >= 0 ms and a duration > 0 ms, got " + atMillis + " and " + durationMillis);
        }
        long endMillis = Math.addExact(atMillis, durationMillis);
        List<long[]> segments = new ArrayList<>(); // {startMillis, rate}
        for (int k = 0; k < rates.length && startMillis[k] < atMillis; k++) {
            segments.add(new long[] {startMillis[k], rates[k]});
        }
        segments.add(new long[] {atMillis, ratePerSec});
        segments.add(new long[] {endMillis, rateAt(endMillis)});
        for (int k = 0; k < rates.length; k++) {
            if (startMillis[k] > endMillis) {
                segments.add(new long[] {startMillis[k], rates[k]});
            }
        }
        return new RateSchedule(
                segments.stream().mapToLong(s -> s[0]).toArray(),
                segments.stream().mapToLong(s -> s[1]).toArray());
    }

    /** Where this schedule's time 0 is: on the nanosecond clock and on the wall clock. */
    public Anchored startingAt(long startNanos, long startEpochMillis) {
        return new Anchored(this, startNanos, startEpochMillis);
    }

    /** Offset of event {@code index} from the start; split so it cannot overflow for any realistic run. */
    public long offsetNanos(long index) {
        int k = stepOfIndex(index);
        long local = index - firstIndex[k];
        long rate = rates[k];
        return startMillis[k] * NANOS_PER_MILLI
                + (local / rate) * NANOS_PER_SECOND
                + (local % rate) * NANOS_PER_SECOND / rate;
    }

    /** Events scheduled in the first {@code durationMillis} of the schedule. */
    public long eventsIn(long durationMillis) {
        int k = stepAtMillis(durationMillis);
        return firstIndex[k] + eventsAtRate(rates[k], durationMillis - startMillis[k]);
    }

    /** The rate in force {@code offsetMillis} after the start. */
    public long rateAt(long offsetMillis) {
        return rates[stepAtMillis(offsetMillis)];
    }

    /** Time-weighted mean of the rate over [fromMillis, toMillis): the rate a phase of the schedule asks for. */
    public double meanRate(long fromMillis, long toMillis) {
        if (toMillis <= fromMillis) {
            return rateAt(fromMillis);
        }
        double weighted = 0;
        for (int k = 0; k < rates.length; k++) {
            long stepEnd = k + 1 < rates.length ? startMillis[k + 1] : Long.MAX_VALUE;
            long overlap = Math.min(stepEnd, toMillis) - Math.max(startMillis[k], fromMillis);
            if (overlap > 0) {
                weighted += (double) overlap * rates[k];
            }
        }
        return weighted / (toMillis - fromMillis);
    }

    private int stepOfIndex(long index) {
        int found = Arrays.binarySearch(firstIndex, index);
        if (found >= 0) {
            // steps too short to hold an event share their first index with the next: take the last of them
            while (found + 1 < firstIndex.length && firstIndex[found + 1] == index) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }

    private int stepAtMillis(long offsetMillis) {
        int found = Arrays.binarySearch(startMillis, offsetMillis);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }

    private static long eventsAtRate(long ratePerSec, long millis) {
        return Math.multiplyExact(millis, ratePerSec) / 1000L;
    }

    private static void requirePositiveRate(long ratePerSec) {
        if (ratePerSec <= 0) {
            throw new IllegalArgumentException("rate must be > 0 events/s, got " + ratePerSec);
        }
    }

    /** A schedule placed on the clocks: when each event is due and the event time it carries. */
    public record Anchored(RateSchedule schedule, long startNanos, long startEpochMillis) {

        public long dueNanos(long index) {
            return startNanos + schedule.offsetNanos(index);
        }

        /** Scheduled time of event {@code index} on the wall clock, in epoch milliseconds. */
        public long scheduledEpochMillis(long index) {
            return startEpochMillis + schedule.offsetNanos(index) / NANOS_PER_MILLI;
        }
    }
}
