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
 * @param figures    metric name -> value: every metric the run could give (not only the compared ones, so a
 *                   report can draw any of them); a metric it could not give (e.g. no telemetry) is absent
 * @param rate       the offered rate of the run, events/s (of a capacity search: the rate it confirmed, its
 *                   capacity); null in results written before experiments recorded it, or for a capacity search
 *                   that confirmed no rate
 */
public record ExperimentRun(
        String engine,
        int repetition,
        int position,
        String workload,
        RunStatus status,
        Map<String, Double> figures,
        Double rate) {

    public ExperimentRun {
        figures = Copies.orderedMap(figures);
    }

    /** A run without its rate, as results before rate sweeps were written. */
    public ExperimentRun(
            String engine,
            int repetition,
            int position,
            String workload,
            RunStatus status,
            Map<String, Double> figures) {
        this(engine, repetition, position, workload, status, figures, null);
    }
}
