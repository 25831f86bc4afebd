package dev.fsbench.harness.experiment;

import dev.fsbench.api.knobs.KnobException;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.harness.knobs.KnobPlanner;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.WorkloadPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The order the experiments' runs go in, as workloads of one run: experiment after experiment, and within one,
 * round after round (repetition), each round running every variant on every engine once: A B A B, never A A B B,
 * so that drift of a shared machine (other load, a warming disk cache, thermal throttling) hits every variant
 * alike. Every variant runs on the experiment's workload with the same seed, hence the same events.
 *
 * @param runs  what each workload is, in the order they run
 * @param plans the workloads for {@link dev.fsbench.harness.run.BenchmarkRun}, in the same order, knobs checked
 */
public record ExperimentSchedule(List<ScheduledRun> runs, List<WorkloadPlan> plans) {

    public ExperimentSchedule {
        runs = List.copyOf(runs);
        plans = List.copyOf(plans);
    }

    /** How many experiments the schedule runs. */
    public long experimentCount() {
        return runs.stream().map(ScheduledRun::experiment).distinct().count();
    }

    /**
     * One workload of an experiment.
     *
     * @param position 1 for the experiment's first workload
     */
    public record ScheduledRun(
            Experiment experiment, Experiment.Variant variant, String engine, int repetition, int position) {}

    /**
     * The interleaved schedule, every knob checked against the catalog for the engine that reads it.
     *
     * @throws IllegalArgumentException naming the experiment file and every knob problem, or two workloads that
     *     would share a label (exit code 2)
     */
    public static ExperimentSchedule interleave(List<Experiment> experiments, Console console) {
        List<ScheduledRun> runs = new ArrayList<>();
        List<WorkloadPlan> plans = new ArrayList<>();
        for (Experiment experiment : experiments) {
            List<WorkloadPlan> own = new ArrayList<>();
            int position = 0;
            for (int round = 1; round <= experiment.repetitions(); round++) {
                for (String engine : experiment.engines()) {
                    for (Experiment.Variant variant : experiment.variants()) {
                        runs.add(new ScheduledRun(experiment, variant, engine, round, ++position));
                        own.add(new WorkloadPlan(EngineDrivers.byName(engine), variant.workload(), round));
                    }
                }
            }
            try {
                plans.addAll(KnobPlanner.plan(own, console));
            } catch (KnobException e) {
                throw new IllegalArgumentException("experiment " + experiment.file() + ": " + e.getMessage());
            }
        }
        return new ExperimentSchedule(runs, WorkloadPlan.requireDistinctLabels(plans));
    }
}
