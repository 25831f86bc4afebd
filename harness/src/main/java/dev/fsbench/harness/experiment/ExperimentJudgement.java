package dev.fsbench.harness.experiment;

import dev.fsbench.results.ClaimVerdict;
import dev.fsbench.results.ExperimentComparison;
import dev.fsbench.results.ExperimentResult;
import dev.fsbench.results.ExperimentRun;
import dev.fsbench.results.ExperimentVariant;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The experiments' section of result.json from the workloads that ran: each run's figures, and each comparison's
 * ratio and interval ({@link WelchLogRatio}) judged by the claim's {@link dev.fsbench.results.ClaimedEffect}. Only
 * OK runs count; a comparison with fewer than two of them a side is inconclusive, with a note saying why.
 */
public final class ExperimentJudgement {

    private ExperimentJudgement() {}

    /**
     * @param workloads the run's workloads, in the schedule's order (fewer when the run was interrupted: the runs
     *                  that never ran are INCOMPLETE, without figures)
     */
    public static List<ExperimentResult> judge(ExperimentSchedule schedule, List<WorkloadResult> workloads) {
        List<Done> done = new ArrayList<>();
        for (int i = 0; i < schedule.runs().size(); i++) {
            ExperimentSchedule.ScheduledRun run = schedule.runs().get(i);
            WorkloadResult workload = i < workloads.size() ? workloads.get(i) : null;
            done.add(new Done(run, schedule.plans().get(i).label(), workload));
        }
        Set<Experiment> experiments = new LinkedHashSet<>();
        schedule.runs().forEach(r -> experiments.add(r.experiment()));
        return experiments.stream()
                .map(e -> result(
                        e, done.stream().filter(d -> d.run.experiment() == e).toList()))
                .toList();
    }

    private record Done(ExperimentSchedule.ScheduledRun run, String label, WorkloadResult workload) {

        RunStatus status() {
            return workload == null ? RunStatus.INCOMPLETE : workload.status();
        }

        Double figure(ExperimentMetric metric) {
            return workload == null ? null : metric.of(workload);
        }
    }

    private static ExperimentResult result(Experiment experiment, List<Done> done) {
        Set<ExperimentMetric> metrics = new LinkedHashSet<>();
        experiment.comparisons().forEach(c -> metrics.add(c.metric()));
        List<ExperimentVariant> variants = experiment.variants().stream()
                .map(v -> new ExperimentVariant(
                        v.name(),
                        v.knobs(),
                        done.stream()
                                .filter(d -> d.run.variant() == v)
                                .map(d -> run(d, metrics))
                                .toList()))
                .toList();
        List<ExperimentComparison> comparisons = new ArrayList<>();
        for (Experiment.Comparison comparison : experiment.comparisons()) {
            for (String engine : experiment.engines()) {
                comparisons.add(compare(comparison, engine, done));
            }
        }
        return new ExperimentResult(
                experiment.name(),
                experiment.claim(),
                experiment.source(),
                experiment.engines(),
                experiment.file().toString(),
                experiment.quick(),
                done.stream().map(Done::label).toList(),
                variants,
                comparisons,
                comparisons.isEmpty()
                        ? ClaimVerdict.INCONCLUSIVE
                        : comparisons.get(0).verdict());
    }

    private static ExperimentRun run(Done d, Set<ExperimentMetric> metrics) {
        Map<String, Double> figures = new LinkedHashMap<>();
        metrics.forEach(m -> {
            Double figure = d.figure(m);
            if (figure != null) {
                figures.put(m.key(), figure);
            }
        });
        return new ExperimentRun(d.run.engine(), d.run.repetition(), d.run.position(), d.label, d.status(), figures);
    }

    private static ExperimentComparison compare(Experiment.Comparison c, String engine, List<Done> done) {
        List<Double> better = figures(done, engine, c.better(), c.metric());
        List<Double> than = figures(done, engine, c.than(), c.metric());
        // oriented so the claimed direction is above 1
        List<Double> numerator = c.metric().lowerIsBetter() ? than : better;
        List<Double> denominator = c.metric().lowerIsBetter() ? better : than;
        try {
            WelchLogRatio.Interval interval = WelchLogRatio.of(numerator, denominator);
            return comparison(
                    c,
                    engine,
                    interval.ratio(),
                    new ExperimentComparison.RatioInterval(interval.low(), interval.high()),
                    c.effect().judge(interval.low(), interval.high()),
                    null);
        } catch (IllegalArgumentException e) {
            String note = "not judged: " + e.getMessage() + " (OK runs with a figure: " + c.better() + " "
                    + better.size() + ", " + c.than() + " " + than.size() + ")";
            return comparison(c, engine, null, null, ClaimVerdict.INCONCLUSIVE, note);
        }
    }

    private static ExperimentComparison comparison(
            Experiment.Comparison c,
            String engine,
            Double ratio,
            ExperimentComparison.RatioInterval interval,
            ClaimVerdict verdict,
            String note) {
        return new ExperimentComparison(
                c.claim(),
                engine,
                c.metric().key(),
                c.better(),
                c.than(),
                c.expectedRatio(),
                ratio,
                interval,
                verdict,
                WelchLogRatio.METHOD,
                note);
    }

    /** The metric's figures of the OK runs of one variant on one engine. */
    private static List<Double> figures(List<Done> done, String engine, String variant, ExperimentMetric metric) {
        return done.stream()
                .filter(d -> d.run.engine().equals(engine)
                        && d.run.variant().name().equals(variant)
                        && d.status() == RunStatus.OK)
                .map(d -> d.figure(metric))
                .filter(Objects::nonNull)
                .toList();
    }
}
