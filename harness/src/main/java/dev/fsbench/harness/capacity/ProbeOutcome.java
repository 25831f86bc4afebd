package dev.fsbench.harness.capacity;

import dev.fsbench.results.CapacityProbe;

/** One rate tried: its verdict as it goes into the result, and the ruler's signs for {@link LimitRule}. */
public record ProbeOutcome(CapacityProbe probe, RulerSigns ruler) {

    public long rate() {
        return probe.rate();
    }

    public boolean sustained() {
        return probe.sustained();
    }
}
