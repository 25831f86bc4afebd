package dev.fsbench.harness.engine;

import dev.fsbench.results.Verification;

/**
 * EXACT: every event-time window must equal the ground truth. CONSERVATION: the engine windows by processing
 * time (DStreams), so only the total count must match, and the share of events counted in a window other
 * than their event time's is reported as the misassignment rate.
 */
public enum VerificationMode {
    EXACT(Verification.EXACT),
    CONSERVATION(Verification.CONSERVATION);

    private final String resultName;

    VerificationMode(String resultName) {
        this.resultName = resultName;
    }

    /** The mode as the result schema names it ({@link Verification#mode()}). */
    public String resultName() {
        return resultName;
    }

    /** The verdict on output that was never judged (the workload was interrupted or failed before its end). */
    public Verification notRun(String why) {
        return Verification.notRun(resultName, why);
    }
}
