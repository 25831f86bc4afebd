package dev.fsbench.harness.experiment;

import dev.fsbench.harness.run.Console;
import dev.fsbench.results.ExperimentComparison;
import dev.fsbench.results.ExperimentResult;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The experiments' planned order before they run, and their verdicts as a plain-text table at the end. */
public final class ExperimentTable {

    private ExperimentTable() {}

    /** Per experiment: its rates and its runs in the order they go (a sweep's labels name their rate). */
    public static void printPlan(ExperimentSchedule schedule, Console console) {
        Set<Experiment> experiments = new LinkedHashSet<>();
        schedule.runs().forEach(r -> experiments.add(r.experiment()));
        console.info(
                "%d experiment(s), %d workload(s) and %d capacity search(es), in this order:",
                experiments.size(), schedule.plans().size(), schedule.searches().size());
        for (Experiment experiment : experiments) {
            List<ExperimentSchedule.ScheduledRun> runs = schedule.runs().stream()
                    .filter(r -> r.experiment() == experiment)
                    .toList();
            String fixed = runs.stream()
                    .filter(r -> !r.capacitySearch())
                    .map(ExperimentSchedule.ScheduledRun::label)
                    .collect(Collectors.joining(" "));
            String searches = runs.stream()
                    .filter(ExperimentSchedule.ScheduledRun::capacitySearch)
                    .map(ExperimentSchedule.ScheduledRun::label)
                    .collect(Collectors.joining(" "));
            console.info(
                    "  %s%s at %s: %s%s",
                    experiment.name(),
                    experiment.quick() ? " (quick)" : "",
                    rates(runs),
                    fixed.isEmpty() ? "" : fixed,
                    searches.isEmpty() ? "" : (fixed.isEmpty() ? "" : "; then ") + "capacity searches " + searches);
        }
    }

    /** The distinct offered rates of the fixed-rate runs, e.g. "5,000 / 20,000 / 200,000 ev/s". */
    private static String rates(List<ExperimentSchedule.ScheduledRun> runs) {
        String rates = runs.stream()
                .filter(r -> !r.capacitySearch())
                .map(r -> String.format(Locale.ROOT, "%,d", r.rate()))
                .distinct()
                .collect(Collectors.joining(" / "));
        return rates.isEmpty() ? "the rates its capacity searches find" : rates + " ev/s";
    }

    public static void print(Iterable<ExperimentResult> experiments, PrintStream out) {
        out.println();
        out.printf(
                Locale.ROOT,
                "%-28s %-16s %-24s %9s %-20s %8s  %-19s %s%n",
                "experiment",
                "engine",
                "metric",
                "at ev/s",
                "better / than",
                "ratio",
                "95% interval",
                "verdict");
        for (ExperimentResult experiment : experiments) {
            for (ExperimentComparison c : experiment.comparisons()) {
                out.printf(
                        Locale.ROOT,
                        "%-28s %-16s %-24s %9s %-20s %8s  %-19s %s%s%n",
                        experiment.name() + (experiment.quick() ? " (quick)" : ""),
                        c.engine(),
                        c.metric(),
                        c.atRate() == null ? rate(experiment, c) : String.format(Locale.ROOT, "%,.0f", c.atRate()),
                        c.better() + " / " + c.than(),
                        c.ratio() == null ? "-" : String.format(Locale.ROOT, "%.3f", c.ratio()),
                        c.interval() == null
                                ? "-"
                                : String.format(
                                        Locale.ROOT,
                                        "%.3f .. %.3f",
                                        c.interval().low(),
                                        c.interval().high()),
                        c.verdict(),
                        c.note() == null ? "" : " (" + c.note() + ")");
            }
        }
    }

    /**
     * The rate of a comparison without atRate: the one rate its variant's fixed-rate runs ran at ("varies" when
     * variants override it), "-" for the capacity.
     */
    private static String rate(ExperimentResult experiment, ExperimentComparison c) {
        if (c.metric().equals(ExperimentMetric.CAPACITY_EVENTS_PER_SEC.key())) {
            return "-";
        }
        Set<Double> rates = experiment.variants().stream()
                .filter(v -> v.name().equals(c.better()) || v.name().equals(c.than()))
                .flatMap(v -> v.runs().stream())
                .filter(r -> (c.engine() == null || c.engine().equals(r.engine()))
                        && !r.figures().containsKey(ExperimentMetric.CAPACITY_EVENTS_PER_SEC.key()))
                .map(r -> r.rate())
                .filter(r -> r != null)
                .collect(Collectors.toSet());
        if (rates.isEmpty()) {
            return "-";
        }
        return rates.size() == 1
                ? String.format(Locale.ROOT, "%,.0f", rates.iterator().next())
                : "varies";
    }
}
