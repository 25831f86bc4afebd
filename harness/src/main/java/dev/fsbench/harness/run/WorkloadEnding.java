package dev.fsbench.harness.run;

import java.util.Optional;

/**
 * How a workload ended before its output was judged: the first failure of any phase (null if none) and whether
 * the harness was interrupted.
 */
record WorkloadEnding(String failureReason, boolean interrupted) {

    /**
     * The load phase's failure wins; an engine that exits badly when stopped fails the workload only if nothing
     * else did and the harness is not shutting down (then the shutdown stopped it). If Kafka was lost, it is
     * blamed first ({@code brokerFailure} says "Kafka unavailable: ..."): an engine that lost its broker fails too.
     */
    static WorkloadEnding of(
            LoadOutcome load,
            Optional<String> engineStopFailure,
            boolean shuttingDown,
            Optional<String> brokerFailure) {
        String failure = load.failureReason();
        if (failure == null && !shuttingDown) {
            failure = engineStopFailure.orElse(null);
        }
        if (failure != null && brokerFailure.isPresent()) {
            failure = brokerFailure.get() + "\n(then the workload: " + failure + ")";
        }
        return new WorkloadEnding(failure, load.interrupted() || shuttingDown);
    }

    /** An unexpected exception of any phase as a workload's failure reason. */
    static String describe(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
