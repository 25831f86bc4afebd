package dev.fsbench.reports.gate;

import dev.fsbench.reports.RunStore;
import dev.fsbench.reports.history.ChangePoint;
import dev.fsbench.reports.history.ChangePointDetector;
import dev.fsbench.reports.history.LastChangePoints;
import dev.fsbench.reports.history.MetricSeries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The "last change point" part of {@code bench compare --baseline history}: which headline figures changed level
 * in the history, and at which run ({@link LastChangePoints}). The gate's verdict does not depend on it.
 */
public final class ChangePointSummary {
    private ChangePointSummary() {}

    /** Markdown for the gate's summary: a heading, one sentence, a table of the figures with a change point. */
    public static String markdown(Path reportsDir, String currentRunId) {
        LastChangePoints last;
        try {
            RunStore store = new RunStore(reportsDir);
            last = LastChangePoints.of(store.list(), store.load(currentRunId));
        } catch (IOException | RuntimeException e) {
            return "\n### Change points in history\n\nNot computed: " + MarkdownSummary.escape(e.getMessage()) + "\n";
        }
        return markdown(last);
    }

    public static String markdown(LastChangePoints last) {
        StringBuilder md = new StringBuilder("\n### Change points in history\n\n")
                .append(intro(last))
                .append("\n");
        if (last.changed().isEmpty()) {
            return md.toString();
        }
        md.append("\n| group | metric | last change at run | before | after | change | p-value |\n");
        md.append("|---|---|---|---:|---:|---:|---:|\n");
        for (MetricSeries s : last.changed()) {
            Observation o = s.figure();
            ChangePoint p = s.lastChangePoint();
            md.append("| ")
                    .append(MarkdownSummary.escape(o.group()))
                    .append(" | ")
                    .append(MarkdownSummary.escape(o.label()))
                    .append(" | ")
                    .append(MarkdownSummary.escape(p.runId()))
                    .append(" | ")
                    .append(MarkdownSummary.escape(Format.withUnit(p.meanBefore(), o.unit())))
                    .append(" | ")
                    .append(MarkdownSummary.escape(Format.withUnit(p.meanAfter(), o.unit())))
                    .append(" | ")
                    .append(Format.signedPercent(p.relativeChange()))
                    .append(" | ")
                    .append(p.pValueText())
                    .append(" |\n");
        }
        return md.toString();
    }

    /** The same as plain lines, for a text rendering of the gate's output. */
    public static List<String> text(LastChangePoints last) {
        List<String> lines = new ArrayList<>();
        lines.add(intro(last));
        for (MetricSeries s : last.changed()) {
            Observation o = s.figure();
            ChangePoint p = s.lastChangePoint();
            lines.add("  " + o.group() + ", " + o.label() + ": last change at run " + p.runId() + ", "
                    + Format.withUnit(p.meanBefore(), o.unit()) + " -> " + Format.withUnit(p.meanAfter(), o.unit())
                    + " (" + Format.signedPercent(p.relativeChange()) + ", p = " + p.pValueText() + ")");
        }
        return lines;
    }

    private static String intro(LastChangePoints last) {
        String method = "e-divisive means, significant at " + Format.percent(ChangePointDetector.SIGNIFICANCE)
                + ", at least " + ChangePointDetector.MIN_SEGMENT + " runs on each side";
        if (last.runs() < 2 * ChangePointDetector.MIN_SEGMENT) {
            return "Too few runs for change points: " + last.runs() + " in this environment up to this one, "
                    + 2 * ChangePointDetector.MIN_SEGMENT + " needed (" + method + ").";
        }
        if (last.changed().isEmpty()) {
            return "No change point in any of the " + last.headline() + " headline figures over the " + last.runs()
                    + " runs of this environment up to this one (" + method + ").";
        }
        return last.changed().size() + " of " + last.headline() + " headline figures changed level over the "
                + last.runs() + " runs of this environment up to this one; the last change of each (" + method
                + "):";
    }
}
