package dev.fsbench.harness.capacity;

import java.util.List;

/**
 * Runs probes for a {@link CapacitySearch}: one engine instance per call. The real one drives an engine through
 * the harness (WorkloadProber); tests give a fake with a known capacity.
 */
public interface Prober {

    /** Which part of the search asks: it also tells the prober how to run the probes. */
    enum Phase {
        /** Geometric steps in one engine instance, to bracket the capacity. */
        RAMP,
        /** Finer steps in a fresh instance, between the last sustained and the first unsustained rate. */
        REFINE,
        /** A fresh fixed-rate run (full warm-up and measured phase) at the rate found. */
        CONFIRM;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Runs {@code rates} in order in ONE fresh engine instance and judges each; may stop after the first step
     * that is clearly unsustained (later steps are then absent from the outcome).
     */
    Run run(Phase phase, List<Long> rates);

    /**
     * What one engine instance did: the probes it judged, and why the engine failed (crash, wrong output at a
     * sustained rate), null if it did not.
     */
    record Run(List<ProbeOutcome> probes, String engineFailure) {
        public Run {
            probes = List.copyOf(probes);
        }
    }
}
