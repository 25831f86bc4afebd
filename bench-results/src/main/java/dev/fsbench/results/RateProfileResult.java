package dev.fsbench.results;

import java.util.List;

/**
 * A workload run on a rate profile ({@code rateProfile:} steps instead of one rate): the steps as they ran and, for
 * every step above the workload's rate, how the engine took that burst.
 *
 * @param baseRatePerSec the workload's rate: the warm-up's, and what a step must exceed to be a burst
 * @param steps          every step of the measured phase, in order
 * @param bursts         one analysis per step above the base rate
 */
public record RateProfileResult(long baseRatePerSec, List<Step> steps, List<BurstAnalysis> bursts) {

    public RateProfileResult {
        steps = Copies.list(steps);
        bursts = Copies.list(bursts);
    }

    /**
     * One step as it ran.
     *
     * @param index        position in the profile, from 0
     * @param text         the step as written, e.g. {@code 3x for 10s}
     * @param startEpochMs when the generator's schedule entered the step (wall clock)
     * @param endEpochMs   when the next step began (the last: the end of the measured phase)
     * @param ratePerSec   the step's scheduled rate
     */
    public record Step(int index, String text, long startEpochMs, long endEpochMs, long ratePerSec) {}
}
