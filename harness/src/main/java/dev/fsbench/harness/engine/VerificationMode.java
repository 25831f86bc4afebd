package dev.fsbench.harness.engine;

/**
 * EXACT: every event-time window must equal the ground truth. CONSERVATION: the engine windows by processing
 * time (DStreams), so only the total count must match, and the share of events counted in a window other
 * than their event time's is reported as the misassignment rate.
 */
public enum VerificationMode {
    EXACT,
    CONSERVATION
}
