package dev.fsbench.harness.experiment;

import dev.fsbench.results.CapacityResult;
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
import java.util.Set;

/**
 * The experiments' section of result.json from the workloads and capacity searches that ran: each run's figures
 * (every metric it gives, compared or not), and each comparison's ratio and interval ({@link WelchLogRatio}) judged
 * by the claim's {@link dev.fsbench.results.ClaimedEffect}, on the runs at the comparison's rate when the experiment
 * sweeps rates. The settling run is recorded but never judged. Only OK runs count; a comparison with fewer than two of them a side is inconclusive, with a note.
 */
public final class ExperimentJudgement {

    private ExperimentJudgement() {}

    /**
     * @param workloads the run's workloads, in the order of the schedule's fixed-rate runs (fewer when the run was
     *                  interrupted: the runs that never ran are INCOMPLETE, without figures)
     * @param searches  the capacity searches' results, in the order of the schedule's searches (fewer likewise)
     */
    public static List<ExperimentResult> judge(
            ExperimentSchedule schedule, List<WorkloadResult> workloads, List<CapacityResult> searches) {
        List<ExperimentRunDone> done = new ArrayList<>();
        int workload = 0;
        int search = 0;
        for (ExperimentSchedule.ScheduledRun run : schedule.runs()) {
            if (run.capacitySearch()) {
                done.add(ExperimentRunDone.search(run, search < searches.size() ? searches.get(search) : null));
                search++;
            } else {
                done.add(ExperimentRunDone.fixed(run, workload < workloads.size() ? workloads.get(workload) : null));
                workload++;
            }
        }
        Set<Experiment> experiments = new LinkedHashSet<>();
        schedule.runs().forEach(r -> experiments.add(r.experiment()));
        return experiments.stream()
                .map(e -> result(
                        e,
                        done.stream()
                                .filter(d -> d.run().experiment() == e)
                                .sorted((a, b) -> Integer.compare(
                                        a.run().position(), b.run().position()))
                                .toList()))
                .toList();
    }

    private static ExperimentResult result(Experiment experiment, List<ExperimentRunDone> done) {
        List<ExperimentVariant> variants = experiment.variants().stream()
                .map(v -> new ExperimentVariant(
                        v.name(),
                        v.knobs(),
                        done.stream()
                                .filter(d -> d.run().variant() == v && !d.run().settling())
                                .map(ExperimentJudgement::run)
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
                done.stream().map(d -> d.run().label()).toList(),
                variants,
                comparisons,
                comparisons.isEmpty()
                        ? ClaimVerdict.INCONCLUSIVE
                        : comparisons.get(0).verdict(),
                done.stream()
                        .filter(d -> d.run().settling())
                        .map(d -> d.run().label())
                        .findFirst()
                        .orElse(null));
    }

    /** The run as result.json records it: every figure it gives, so a report can draw any metric. */
    private static ExperimentRun run(ExperimentRunDone d) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (ExperimentMetric metric : ExperimentMetric.values()) {
            Double figure = d.figure(metric);
            if (figure != null) {
                figures.put(metric.key(), figure);
            }
        }
        ExperimentSchedule.ScheduledRun r = d.run();
        return new ExperimentRun(r.engine(), r.repetition(), r.position(), r.label(), d.status(), figures, d.rate());
    }

    private static ExperimentComparison compare(Experiment.Comparison c, String engine, List<ExperimentRunDone> done) {
        List<ExperimentRunDone> better = judged(done, engine, c.better(), c);
        List<ExperimentRunDone> than = judged(done, engine, c.than(), c);
        long lowerBounds = better.stream()
                        .filter(ExperimentRunDone::lowerBoundOnly)
                        .count()
                + than.stream().filter(ExperimentRunDone::lowerBoundOnly).count();
        if (lowerBounds > 0) {
            String note = "not judged: " + lowerBounds + " capacity search(es) reached the ruler's ceiling, not the"
                    + " engine's, so their figure is only a lower bound (docs/capacity.md)";
            return comparison(c, engine, null, null, ClaimVerdict.INCONCLUSIVE, note);
        }
        List<Double> betterFigures =
                better.stream().map(d -> d.figure(c.metric())).toList();
        List<Double> thanFigures = than.stream().map(d -> d.figure(c.metric())).toList();
        // oriented so the claimed direction is above 1
        List<Double> numerator = c.metric().lowerIsBetter() ? thanFigures : betterFigures;
        List<Double> denominator = c.metric().lowerIsBetter() ? betterFigures : thanFigures;
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
            String note = "not judged: " + e.getMessage() + " (OK runs with a figure"
                    + (c.atRate() == null ? "" : " at " + c.atRate() + " ev/s") + ": " + c.better() + " "
                    + betterFigures.size() + ", " + c.than() + " " + thanFigures.size() + ")";
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
                note,
                c.atRate() == null ? null : c.atRate().doubleValue());
    }

    /**
     * The OK runs of one variant on one engine with the comparison's figure: capacity searches for the capacity,
     * else the fixed-rate runs (at the comparison's rate, when the experiment sweeps).
     */
    private static List<ExperimentRunDone> judged(
            List<ExperimentRunDone> done, String engine, String variant, Experiment.Comparison c) {
        return done.stream()
                .filter(d -> d.run().engine().equals(engine)
                        && !d.run().settling()
                        && d.run().variant().name().equals(variant)
                        && d.run().capacitySearch() == c.metric().isCapacity()
                        && (c.atRate() == null || d.run().rate() == c.atRate())
                        && d.status() == RunStatus.OK
                        && d.figure(c.metric()) != null)
                .toList();
    }
}
