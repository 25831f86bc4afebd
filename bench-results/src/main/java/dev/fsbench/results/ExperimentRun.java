package dev.fsbench.results;

import java.util.Map;

/**
 * One run of one variant: a workload of this run's result, and the run-level figures the comparisons use.
 *
 * @param engine     the engine it ran on
 * @param repetition 1 for the first repetition of this variant on this engine
 * @param position   its place in the experiment's interleaved order (1 = ran first)
 * @param workload   the workload's label (its directory in the run; see {@code workloads[]})
 * @param status     the workload's status; figures of a run that is not OK are left out of the judgement
 * @param figures    metric name -> value; a metric the run could not give (e.g. no telemetry) is absent
 */
public record ExperimentRun(
        String engine, int repetition, int position, String workload, RunStatus status, Map<String, Double> figures) {

    public ExperimentRun {
        figures = Copies.orderedMap(figures);
    }
}
