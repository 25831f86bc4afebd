package dev.fsbench.reports.html;

import dev.fsbench.reports.gate.Format;
import dev.fsbench.results.ExperimentComparison;
import dev.fsbench.results.ExperimentResult;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the experiments table: a claim tested end to end on one engine, shown like a JMH claim (measured
 * ratio with its interval beside the verdict) so a reader sees both answers to the same advice side by side.
 *
 * @param experiment the experiment's name, "(quick)" appended for --quick runs
 * @param compared   "reuse vs copy"
 * @param claimed    "direction" or "1.3x"
 * @param measured   "1.08 [1.01–1.16]", or "–" without an interval
 * @param verdict    the vocabulary's string, which is also the cell's CSS class
 * @param note       why there is no interval, or null
 */
record ExperimentRow(
        String experiment,
        String claim,
        String source,
        String engine,
        String metric,
        String compared,
        String claimed,
        String measured,
        String verdict,
        String note) {

    static List<ExperimentRow> of(List<ExperimentResult> experiments) {
        List<ExperimentRow> rows = new ArrayList<>();
        for (ExperimentResult e : experiments) {
            for (ExperimentComparison c : e.comparisons()) {
                rows.add(of(e, c));
            }
        }
        return rows;
    }

    static ExperimentRow of(ExperimentResult e, ExperimentComparison c) {
        return new ExperimentRow(
                e.name() + (e.quick() ? " (quick)" : ""),
                c.claim(),
                e.source(),
                c.engine(),
                c.metric(),
                c.better() + " vs " + c.than(),
                c.expectedRatio() == null ? "direction" : Format.number(c.expectedRatio()) + "x",
                c.interval() == null
                        ? ClaimRow.ratio(c.ratio(), null, null, null)
                        : ClaimRow.ratio(
                                c.ratio(), c.interval().low(), c.interval().high(), null),
                verdict(c),
                c.note());
    }

    /** The vocabulary's string, which is also the cell's CSS class; "unknown" when the result has none. */
    static String verdict(ExperimentComparison c) {
        return c.verdict() == null ? "unknown" : c.verdict().label();
    }
}
