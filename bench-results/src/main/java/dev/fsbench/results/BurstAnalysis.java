package dev.fsbench.results;

/**
 * How the engine took one burst (a profile step above the workload's rate), from the workload's per-second
 * series (docs/backpressure.md has the exact rules).
 *
 * @param step                    the burst's step index in {@link RateProfileResult#steps()}
 * @param startEpochMs            the burst's start (wall clock)
 * @param endEpochMs              the burst's end (wall clock)
 * @param ratePerSec              the burst's scheduled rate
 * @param preBurstBacklogEvents   the highest backlog over the seconds before the burst: the level it must return to
 * @param peakBacklogEvents       the highest backlog from the burst's start until it drained (or the series ended)
 * @param peakLatencyMs           the highest per-second latency max over the same time; null without results then
 * @param drainMs                 from the burst's end until the backlog was back at the pre-burst level and stayed
 *                                there; null when it never got back before the series ended
 * @param sentEventsPerSec        what the generator sent per second during the burst
 * @param intakeEventsPerSec      what the engine took from the input topic per second during the burst
 *                                ({@code intake.eventsPerSecond}); null when the engine reported no intake then
 * @param intakeCapped            whether intake stayed below 90 % of what was sent while the backlog grew: the excess
 *                                waited in Kafka (the engine's flow control, or its own pace, held it back) rather
 *                                than inside the engine; null without an intake series
 */
public record BurstAnalysis(
        int step,
        long startEpochMs,
        long endEpochMs,
        long ratePerSec,
        double preBurstBacklogEvents,
        double peakBacklogEvents,
        Double peakLatencyMs,
        Long drainMs,
        double sentEventsPerSec,
        Double intakeEventsPerSec,
        Boolean intakeCapped) {}
