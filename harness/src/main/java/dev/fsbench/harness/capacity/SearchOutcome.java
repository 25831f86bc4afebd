package dev.fsbench.harness.capacity;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link CapacitySearch} found.
 *
 * @param probes         every probe in the order run
 * @param maxSustained   the confirmed rate; null if none was (or the engine failed)
 * @param reachedCeiling a probe at the search's ceiling (ruler or --max-rate) was sustained
 * @param engineFailure  why the engine failed (crash, wrong output at a sustained rate); null if it did not
 */
public record SearchOutcome(
        List<ProbeOutcome> probes, Long maxSustained, boolean reachedCeiling, String engineFailure) {

    public SearchOutcome {
        probes = List.copyOf(probes);
    }

    /**
     * The probe that bounded the search: the lowest unsustained ramp or refine rate above the rate found (where
     * the engine, or the ruler, gave out first); empty if none was.
     */
    public Optional<ProbeOutcome> boundingProbe() {
        long floor = maxSustained == null ? 0 : maxSustained;
        return probes.stream()
                .filter(p -> !p.sustained() && p.rate() > floor)
                .min((a, b) -> Long.compare(a.rate(), b.rate()));
    }

    /**
     * How finely the rate found is pinned down: the bounding probe's rate over it, minus 1 (a refining ramp
     * whose first step failed leaves a ramp's factor-2 bracket: 1.0), never finer than {@code planned} (a ramp's
     * failed step just above the last refining step brackets more narrowly than the search can repeat);
     * {@code planned} when no probe above it failed (a ceiling); null without a rate found.
     */
    public Double resolution(double planned) {
        if (maxSustained == null) {
            return null;
        }
        return boundingProbe()
                .map(p -> Math.max(planned, (double) p.rate() / maxSustained - 1))
                .orElse(planned);
    }
}
