package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One engine's capacity on one scenario: the highest rate it sustained, what bounded the search, and every probe.
 *
 * @param maxSustainableEventsPerSec the highest rate sustained (also when ruler-limited: then a lower bound);
 *                                   null if not even the lowest probe was
 * @param limitedBy                  what stopped the search from going higher
 * @param limitReason                the evidence for limitedBy, in words
 * @param ratioToBaseline            maxSustainableEventsPerSec / the baseline engine's on the same scenario; null
 *                                   without a baseline figure
 * @param ratioIsLowerBound          the ratio is "at least" (this engine's figure is ruler-limited)
 * @param rulerCeilingEventsPerSec   the generator's own ceiling, measured by the same command; null if not
 * @param failureReason              why the search could not complete (crash, wrong output), null if it did
 * @param engineVersion              the streaming library and version the probed engine JVM reported; null when
 *                                   it reported none (the baseline, older results)
 * @param resolution                 how finely the search pinned the figure down, as a share of it: the lowest
 *                                   rate it could not sustain above the figure, over the figure, minus 1 (0.10:
 *                                   the capacity lies below 1.1 times the figure); the search's planned step
 *                                   ({@code --precision}) when no rate above the figure failed; null in results
 *                                   written before it was recorded (their searches planned 10 %)
 */
public record CapacityResult(
        String engine,
        String scenario,
        Double maxSustainableEventsPerSec,
        LimitedBy limitedBy,
        String limitReason,
        Double ratioToBaseline,
        boolean ratioIsLowerBound,
        Double rulerCeilingEventsPerSec,
        String failureReason,
        List<CapacityProbe> probes,
        EngineVersion engineVersion,
        Double resolution) {

    public CapacityResult {
        probes = Copies.list(probes);
    }

    /** The search's resolution, with results written before it was recorded read as the 10 % they planned. */
    @JsonIgnore
    public double resolutionOrDefault() {
        return resolution == null ? DEFAULT_RESOLUTION : resolution;
    }

    /** The refining step every search used before --precision existed. */
    public static final double DEFAULT_RESOLUTION = 0.10;

    /** Shown as "at least N": the ruler or the machine, not the engine, bounded the search. */
    @JsonIgnore
    public boolean lowerBoundOnly() {
        return limitedBy != null && limitedBy.lowerBoundOnly();
    }
}
