package dev.fsbench.harness.fault;

import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.RecoveryResult;
import dev.fsbench.results.ThroughputPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What each fault cost, from the run's per-second series (docs/failures.md): recovery time is from the fault until
 * the first of {@value #SECONDS_IN_BAND} consecutive seconds with output whose latency is back within the pre-fault
 * {@link RecoveryBand} (passing over pauses in output no longer than the engine's usual ones before the fault); the peaks are taken from the fault until then (to the end of the series if it never
 * came back); the windows it cost come from the collector ({@link WindowCost}): those ending after the previous
 * fault (from the start for the first) up to the next one.
 */
public final class RecoveryMeasure {

    /** Seconds in a row within the band that count as recovered: one good second may be a lull in the replay. */
    static final int SECONDS_IN_BAND = 3;

    private RecoveryMeasure() {}

    /** Windows missing and duplicated among the windows ending in (fromEpochMs, toEpochMs]. */
    @FunctionalInterface
    public interface WindowCost {
        long[] missingAndDuplicated(long fromEpochMs, long toEpochMs);
    }

    /**
     * @param latency    per-second latency of the measured phase's windows ({@code t}: the end of the second)
     * @param throughput per-second backlog ({@code t}: the start of the second)
     */
    public static List<RecoveryResult> of(
            List<FaultEvent> events,
            long measureStartEpochMs,
            List<LatencyInterval> latency,
            List<ThroughputPoint> throughput,
            WindowCost windows) {
        List<RecoveryResult> results = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            FaultEvent event = events.get(i);
            if (event.struckAtEpochMs() == null) {
                results.add(new RecoveryResult(
                        event.spec().kind().label(), event.spec().atMs(), null, 0, null, 0, 0, event.detail()));
                continue;
            }
            // a fault owns the windows ending since the previous fault (a restart replays from a checkpoint taken
            // before it struck, so its duplicates are of windows that ended before it) up to the next one
            results.add(one(
                    event,
                    measureStartEpochMs,
                    latency,
                    throughput,
                    windows.missingAndDuplicated(previousStrike(events, i), nextStrike(events, i))));
        }
        return results;
    }

    private static long previousStrike(List<FaultEvent> events, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (events.get(j).struckAtEpochMs() != null) {
                return events.get(j).struckAtEpochMs();
            }
        }
        return Long.MIN_VALUE;
    }

    private static long nextStrike(List<FaultEvent> events, int i) {
        for (int j = i + 1; j < events.size(); j++) {
            if (events.get(j).struckAtEpochMs() != null) {
                return events.get(j).struckAtEpochMs();
            }
        }
        return Long.MAX_VALUE;
    }

    private static RecoveryResult one(
            FaultEvent event,
            long measureStartEpochMs,
            List<LatencyInterval> latency,
            List<ThroughputPoint> throughput,
            long[] windows) {
        long at = event.struckAtEpochMs();
        List<LatencyInterval> before = latency.stream()
                .filter(s -> s.t() > measureStartEpochMs && s.t() <= at)
                .toList();
        List<LatencyInterval> after = latency.stream().filter(s -> s.t() > at).toList();
        Optional<RecoveryBand> band = RecoveryBand.of(before);
        Long recoveredAt = band.flatMap(b -> firstRunInBand(after, b)).orElse(null);
        // the peaks run until the recovery's run of good seconds ended, or to the end of the series
        long peaksUntil = recoveredAt == null ? Long.MAX_VALUE : recoveredAt + SECONDS_IN_BAND * 1000L;
        Long latencyPeak = after.stream()
                .filter(s -> s.t() <= peaksUntil && s.count() > 0)
                .mapToLong(s -> Math.round(s.max()))
                .boxed()
                .max(Long::compare)
                .orElse(null);
        long backlogPeak = throughput.stream()
                .filter(p -> p.t() + 1000 > at && p.t() < peaksUntil && p.backlogEvents() != null)
                .mapToLong(p -> Math.round(p.backlogEvents()))
                .max()
                .orElse(0);
        String detail = event.detail()
                + band.map(b -> String.format("; pre-fault band: p99 <= %.0f ms", b.upperMs()))
                        .orElse("; no pre-fault band (fewer than " + RecoveryBand.MIN_SECONDS_BEFORE
                                + " seconds of output before it): recovery not judged");
        return new RecoveryResult(
                event.spec().kind().label(),
                at - measureStartEpochMs,
                recoveredAt == null ? null : Math.max(0, recoveredAt - at),
                backlogPeak,
                latencyPeak,
                windows[0],
                windows[1],
                detail);
    }

    /**
     * The start of the first run of {@value #SECONDS_IN_BAND} seconds with output within the band, if any: seconds
     * without output inside the run are passed over while they last no longer than the usual pause before the
     * fault (an exactly-once sink's commit cadence); a longer pause, or a second outside the band, breaks it.
     */
    private static Optional<Long> firstRunInBand(List<LatencyInterval> after, RecoveryBand band) {
        Long runStart = null;
        int good = 0;
        int pause = 0;
        for (LatencyInterval second : after) {
            if (second.count() == 0) {
                pause++;
                if (pause > band.usualPauseSeconds()) {
                    runStart = null;
                    good = 0;
                }
                continue;
            }
            pause = 0;
            if (!band.holds(second)) {
                runStart = null;
                good = 0;
                continue;
            }
            if (runStart == null) {
                runStart = second.t() - 1000;
            }
            if (++good == SECONDS_IN_BAND) {
                return Optional.of(runStart);
            }
        }
        return Optional.empty();
    }
}
