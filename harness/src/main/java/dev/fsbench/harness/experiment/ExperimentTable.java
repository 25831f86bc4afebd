package dev.fsbench.harness.experiment;

import dev.fsbench.results.ExperimentComparison;
import dev.fsbench.results.ExperimentResult;
import java.io.PrintStream;
import java.util.Locale;

/** The experiments' verdicts as a plain-text table at the end of `bench experiment`. */
public final class ExperimentTable {

    private ExperimentTable() {}

    public static void print(Iterable<ExperimentResult> experiments, PrintStream out) {
        out.println();
        out.printf(
                Locale.ROOT,
                "%-28s %-16s %-24s %-20s %8s  %-19s %s%n",
                "experiment",
                "engine",
                "metric",
                "better / than",
                "ratio",
                "95% interval",
                "verdict");
        for (ExperimentResult experiment : experiments) {
            for (ExperimentComparison c : experiment.comparisons()) {
                out.printf(
                        Locale.ROOT,
                        "%-28s %-16s %-24s %-20s %8s  %-19s %s%s%n",
                        experiment.name() + (experiment.quick() ? " (quick)" : ""),
                        c.engine(),
                        c.metric(),
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
}
