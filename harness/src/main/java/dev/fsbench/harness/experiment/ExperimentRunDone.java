package dev.fsbench.harness.experiment;

import dev.fsbench.results.CapacityResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;

/**
 * A scheduled run with what it gave: a fixed-rate run's workload result, or a capacity search's result; both null
 * when it never ran (the command was interrupted).
 */
record ExperimentRunDone(ExperimentSchedule.ScheduledRun run, WorkloadResult workload, CapacityResult capacity) {

    static ExperimentRunDone fixed(ExperimentSchedule.ScheduledRun run, WorkloadResult workload) {
        return new ExperimentRunDone(run, workload, null);
    }

    static ExperimentRunDone search(ExperimentSchedule.ScheduledRun run, CapacityResult capacity) {
        return new ExperimentRunDone(run, null, capacity);
    }

    /** A search is OK when it completed (whatever it found), FAILED when its engine failed. */
    RunStatus status() {
        if (run.capacitySearch()) {
            return capacity == null
                    ? RunStatus.INCOMPLETE
                    : capacity.failureReason() == null ? RunStatus.OK : RunStatus.FAILED;
        }
        return workload == null ? RunStatus.INCOMPLETE : workload.status();
    }

    /** The metric's figure; a search gives only the capacity, a fixed-rate run everything but it. */
    Double figure(ExperimentMetric metric) {
        if (run.capacitySearch()) {
            return metric.isCapacity() && capacity != null ? capacity.maxSustainableEventsPerSec() : null;
        }
        return workload == null ? null : metric.of(workload);
    }

    /** The offered rate: a fixed run's rate, a search's confirmed rate (its capacity; null if none). */
    Double rate() {
        if (run.capacitySearch()) {
            return capacity == null ? null : capacity.maxSustainableEventsPerSec();
        }
        return (double) run.rate();
    }

    /** A search whose capacity the ruler (generator, collector, machine) bounded, not the engine. */
    boolean lowerBoundOnly() {
        return run.capacitySearch() && capacity != null && capacity.lowerBoundOnly();
    }
}
