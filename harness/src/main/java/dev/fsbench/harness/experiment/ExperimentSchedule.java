package dev.fsbench.harness.experiment;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.KnobException;
import dev.fsbench.harness.capacity.CapacityJob;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.harness.knobs.KnobPlanner;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.WorkloadPlan;
import dev.fsbench.harness.scenario.ScenarioName;
import java.util.ArrayList;
import java.util.List;

/**
 * The order the experiments' runs go in, as workloads of one run: experiment after experiment, and within one,
 * round after round (repetition), each round running every variant on every engine once: A B A B, never A A B B,
 * so that drift of a shared machine (other load, a warming disk cache, thermal throttling) hits every variant
 * alike. An experiment that sweeps rates runs, within a round, every variant at the first rate, then every variant
 * at the next (A@r1 B@r1 A@r2 B@r2), so the variants compared at one rate ran side by side. Every variant runs on
 * the experiment's workload with the same seed, hence the same events.
 *
 * <p>Every experiment with fixed-rate runs starts with a <em>settling run</em>: its first variant on its first engine
 * at its first rate, run in full and then left out of every comparison. Measured here, the first workload of an
 * experiment could be an outlier (31 core-s per million events against 22-24 for the five runs after it, in a Flink
 * object-reuse run): the harness JVM's generator and collector and the broker are still cold, and interleaving
 * cannot spread that over the variants, since it always lands on the first one. The settling run takes it instead.
 *
 * <p>An experiment that compares the capacity runs a capacity search per round, engine and variant, in the same
 * interleaved order; the searches run after every fixed-rate workload of the command (on the same broker), as the
 * run machinery runs capacity searches after the workloads.
 *
 * @param runs     every run, in the order they run: the fixed-rate workloads (in the order of {@code plans}), then
 *                 the capacity searches (in the order of {@code searches})
 * @param plans    the fixed-rate workloads for {@link dev.fsbench.harness.run.BenchmarkRun}, knobs checked
 * @param searches the capacity searches, knobs checked
 */
public record ExperimentSchedule(List<ScheduledRun> runs, List<WorkloadPlan> plans, List<CapacityJob> searches) {

    public ExperimentSchedule {
        runs = List.copyOf(runs);
        plans = List.copyOf(plans);
        searches = List.copyOf(searches);
    }

    /** How many experiments the schedule runs. */
    public long experimentCount() {
        return runs.stream().map(ScheduledRun::experiment).distinct().count();
    }

    /**
     * One workload or capacity search of an experiment.
     *
     * @param position       1 for the experiment's first judged run; 0 for its settling run
     * @param rate           the offered rate of a fixed-rate run; a capacity search's start rate
     * @param label          a fixed-rate run's workload label; a search's {@code <engine>-<scenario>}, the prefix of
     *                       its probes' workload directories
     * @param capacitySearch true for a capacity search
     * @param settling       true for the settling run, which runs first and is never judged
     */
    public record ScheduledRun(
            Experiment experiment,
            Experiment.Variant variant,
            String engine,
            int repetition,
            int position,
            long rate,
            String label,
            boolean capacitySearch,
            boolean settling) {}

    /**
     * The interleaved schedule, every knob checked against the catalog for the engine that reads it.
     *
     * @throws IllegalArgumentException naming the experiment file and every knob problem, or two workloads that
     *     would share a label (exit code 2)
     */
    public static ExperimentSchedule interleave(List<Experiment> experiments, Console console) {
        List<ScheduledRun> fixedRuns = new ArrayList<>();
        List<ScheduledRun> searchRuns = new ArrayList<>();
        List<WorkloadPlan> plans = new ArrayList<>();
        List<WorkloadPlan> searchPlans = new ArrayList<>();
        for (Experiment experiment : experiments) {
            List<Planned> fixed = new ArrayList<>();
            List<Planned> searches = new ArrayList<>();
            if (experiment.runsFixedRates()) {
                fixed.add(settlingRun(experiment));
            }
            for (int round = 1; round <= experiment.repetitions(); round++) {
                for (String engine : experiment.engines()) {
                    if (experiment.runsFixedRates()) {
                        fixed.addAll(fixedRound(experiment, engine, round));
                    }
                    if (experiment.searchesCapacity()) {
                        searches.addAll(searchRound(experiment, engine, round));
                    }
                }
            }
            List<WorkloadPlan> fixedPlans = checked(experiment, fixed, false, console);
            List<WorkloadPlan> searchesPlanned = checked(experiment, searches, true, console);
            int position = 0;
            for (int i = 0; i < fixed.size(); i++) {
                Planned run = fixed.get(i);
                boolean settling = run.round() == SETTLING_ROUND;
                fixedRuns.add(
                        run.run(settling ? 0 : ++position, fixedPlans.get(i).label(), false, settling));
            }
            for (int i = 0; i < searches.size(); i++) {
                searchRuns.add(
                        searches.get(i).run(++position, searchesPlanned.get(i).label(), true, false));
            }
            plans.addAll(fixedPlans);
            searchPlans.addAll(searchesPlanned);
        }
        List<WorkloadPlan> all = new ArrayList<>(plans);
        all.addAll(searchPlans);
        WorkloadPlan.requireDistinctLabels(all);
        List<ScheduledRun> runs = new ArrayList<>(fixedRuns);
        runs.addAll(searchRuns);
        List<CapacityJob> jobs = searchPlans.stream()
                .map(p -> new CapacityJob(
                        p.engine(),
                        p.spec(),
                        null,
                        Math.max(CapacityJob.DEFAULT_STEP_MS, p.spec().window().sizeMs())))
                .toList();
        return new ExperimentSchedule(runs, plans, jobs);
    }

    /** The round number of a settling run; judged rounds count from 1. */
    private static final int SETTLING_ROUND = 0;

    /** The settling run: the first variant on the first engine at the first rate, named {@code <variant>.settle}. */
    private static Planned settlingRun(Experiment experiment) {
        Experiment.Variant first = experiment.variants().get(0);
        WorkloadSpec spec = experiment.sweeps() ? first.at(experiment.rates().get(0)) : first.workload();
        String name = first.workload().scenario() + ".settle";
        ScenarioName.check(
                name,
                "experiment " + experiment.file() + ": the settling run (the experiment's and the first variant's"
                        + " names are too long)");
        return new Planned(experiment, first, experiment.engines().get(0), SETTLING_ROUND, spec.withScenario(name));
    }

    /** A run before its position is known: what it runs, and on which spec. */
    private record Planned(
            Experiment experiment, Experiment.Variant variant, String engine, int round, WorkloadSpec spec) {

        WorkloadPlan plan(boolean search) {
            // a search's round is in its scenario name (so is the settling run's): its probes' directories add
            // their own suffixes
            return new WorkloadPlan(EngineDrivers.byName(engine), spec, search || round == SETTLING_ROUND ? 1 : round);
        }

        ScheduledRun run(int position, String label, boolean search, boolean settling) {
            return new ScheduledRun(
                    experiment, variant, engine, round, position, spec.ratePerSec(), label, search, settling);
        }
    }

    /** One round on one engine: each rate in turn, every variant at it (a single rate without a sweep). */
    private static List<Planned> fixedRound(Experiment experiment, String engine, int round) {
        List<Planned> out = new ArrayList<>();
        if (!experiment.sweeps()) {
            experiment.variants().forEach(v -> out.add(new Planned(experiment, v, engine, round, v.workload())));
            return out;
        }
        for (long rate : experiment.rates()) {
            experiment.variants().forEach(v -> out.add(new Planned(experiment, v, engine, round, v.at(rate))));
        }
        return out;
    }

    /** One round of capacity searches on one engine, every variant once, each named for its round. */
    private static List<Planned> searchRound(Experiment experiment, String engine, int round) {
        List<Planned> out = new ArrayList<>();
        for (Experiment.Variant v : experiment.variants()) {
            String name = v.workload().scenario() + ".capacity" + (round > 1 ? "-" + round : "");
            ScenarioName.check(
                    name,
                    "experiment " + experiment.file() + ": the capacity search of variant '" + v.name()
                            + "' (the experiment's and the variant's names are too long)");
            out.add(new Planned(experiment, v, engine, round, v.workload().withScenario(name)));
        }
        return out;
    }

    private static List<WorkloadPlan> checked(
            Experiment experiment, List<Planned> runs, boolean search, Console console) {
        if (runs.isEmpty()) {
            return List.of();
        }
        try {
            return KnobPlanner.plan(runs.stream().map(r -> r.plan(search)).toList(), console);
        } catch (KnobException e) {
            throw new IllegalArgumentException("experiment " + experiment.file() + ": " + e.getMessage());
        }
    }
}
