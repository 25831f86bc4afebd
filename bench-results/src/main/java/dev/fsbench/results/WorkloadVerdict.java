package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Whether a workload passed, and why not: computed by {@link WorkloadResult#verdict()}, the one place that
 * decides it.
 *
 * @param reason why the workload did not pass; null when it passed
 */
public record WorkloadVerdict(Outcome outcome, String reason) {

    public enum Outcome {
        /** Ran to the end and every window verified. */
        PASSED,
        /** Failed, was interrupted, or its output did not verify. */
        FAILED,
        /** No verification section at all: nothing can be said about its output. */
        NOT_VERIFIED
    }

    @JsonIgnore
    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
