package dev.fsbench.harness.fault;

import dev.fsbench.results.LatencyInterval;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The pre-fault latency band a workload must come back into to have recovered (docs/failures.md): the 99th
 * percentile of the per-second p99 over the measured seconds before the fault, times {@value #FACTOR}, plus
 * {@value #TOLERANCE_MS} ms. The factor absorbs the usual spread of a steady engine, the absolute part the
 * millisecond jitter of one whose latency is small.
 *
 * <p>An engine may deliver in bursts: an exactly-once sink commits at each checkpoint, so with a 2 s interval every
 * other second is empty. {@code usualPauseSeconds} is the longest run of empty seconds between two seconds with
 * output before the fault; a recovery may pass over pauses no longer than that (0: every second delivered).
 */
record RecoveryBand(double upperMs, int usualPauseSeconds) {

    static final double FACTOR = 1.1;
    static final double TOLERANCE_MS = 100;
    /** Fewer seconds of output before the fault give no band: nothing says what "normal" was. */
    static final int MIN_SECONDS_BEFORE = 3;

    /** From the seconds with output in {@code before}; empty if there are fewer than {@value #MIN_SECONDS_BEFORE}. */
    static Optional<RecoveryBand> of(List<LatencyInterval> before) {
        double[] p99s = before.stream()
                .filter(second -> second.count() > 0)
                .mapToDouble(LatencyInterval::p99)
                .toArray();
        if (p99s.length < MIN_SECONDS_BEFORE) {
            return Optional.empty();
        }
        return Optional.of(
                new RecoveryBand(new Percentile().evaluate(p99s, 99) * FACTOR + TOLERANCE_MS, longestPause(before)));
    }

    /** The longest run of seconds without output between two seconds with output (before the first: warming). */
    private static int longestPause(List<LatencyInterval> seconds) {
        int longest = 0;
        int current = 0;
        boolean delivered = false;
        for (LatencyInterval second : seconds) {
            if (second.count() > 0) {
                if (delivered) {
                    longest = Math.max(longest, current);
                }
                delivered = true;
                current = 0;
            } else {
                current++;
            }
        }
        return longest;
    }

    /** A second is within the band when it delivered results and their p99 is at most the upper bound. */
    boolean holds(LatencyInterval second) {
        return second.count() > 0 && second.p99() <= upperMs;
    }
}
