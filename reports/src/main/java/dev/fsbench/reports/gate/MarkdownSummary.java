package dev.fsbench.reports.gate;

import java.util.List;

/** The gate's verdicts as GitHub-flavoured Markdown, for a CI job summary or a pull-request comment. */
public final class MarkdownSummary {
    private MarkdownSummary() {}

    public static String render(ComparisonReport report) {
        StringBuilder md = new StringBuilder();
        int exit = report.exitCode();
        md.append("## Benchmark regression gate: ")
                .append(
                        exit == ComparisonReport.REGRESSED
                                ? "REGRESSED"
                                : exit == ComparisonReport.CANNOT_JUDGE ? "cannot judge" : "passed")
                .append("\n\n");
        md.append("Current run `")
                .append(code(report.currentRunId()))
                .append("` against ")
                .append(escape(report.baselineLabel()))
                .append(", environment `")
                .append(code(report.fingerprint()))
                .append("`.\n\n");
        if (exit == ComparisonReport.CANNOT_JUDGE) {
            md.append("**Cannot judge:** ")
                    .append(escape(report.cannotJudgeReason()))
                    .append("\n\n");
        }
        md.append(String.format(
                "Headline metrics: %d regressed, %d improved, %d unchanged, %d noisy, %d skipped"
                        + " (false-alarm budget %s per comparison, changes within %s are no change).%n",
                report.countHeadline(Verdict.REGRESSED),
                report.countHeadline(Verdict.IMPROVED),
                report.countHeadline(Verdict.UNCHANGED),
                report.countHeadline(Verdict.NOISY),
                report.countHeadline(Verdict.SKIPPED),
                Format.percent(GatePolicy.FALSE_ALARM_BUDGET),
                Format.percent(GatePolicy.MIN_EFFECT)));
        md.append(String.format(
                "All metrics: %d regressed, %d improved, %d unchanged, %d noisy, %d skipped.%n%n",
                report.count(Verdict.REGRESSED),
                report.count(Verdict.IMPROVED),
                report.count(Verdict.UNCHANGED),
                report.count(Verdict.NOISY),
                report.count(Verdict.SKIPPED)));
        for (String note : report.notes()) {
            md.append("- ").append(escape(note)).append('\n');
        }
        if (!report.notes().isEmpty()) {
            md.append('\n');
        }
        if (report.comparisons().isEmpty()) {
            return md.append("No metrics to compare.\n").toString();
        }
        md.append("| verdict | role | group | metric | baseline | current | change | better | why |\n");
        md.append("|---|---|---|---|---:|---:|---:|---|---|\n");
        for (Verdict v :
                List.of(Verdict.REGRESSED, Verdict.IMPROVED, Verdict.NOISY, Verdict.UNCHANGED, Verdict.SKIPPED)) {
            List<MetricComparison> rows = new java.util.ArrayList<>(report.withVerdict(v));
            rows.sort(java.util.Comparator.comparing(c -> !c.gating()));
            for (MetricComparison c : rows) {
                Observation cur = c.current();
                md.append("| ")
                        .append(v == Verdict.REGRESSED && c.gating() ? "**regressed**" : v.label())
                        .append(" | ")
                        .append(c.headline() ? "headline" : c.gating() ? "check" : "reported")
                        .append(" | ")
                        .append(escape(cur.group()))
                        .append(" | ")
                        .append(escape(cur.label()))
                        .append(" | ")
                        .append(c.comparedBothSides() || c.reason().contains("current") ? side(c.baseline()) : "")
                        .append(" | ")
                        .append(c.comparedBothSides() || c.reason().contains("baseline") ? side(cur) : "")
                        .append(" | ")
                        .append(c.comparedBothSides() ? Format.signedPercent(c.relativeChange()) : "")
                        .append(" | ")
                        .append(cur.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower")
                        .append(" | ")
                        .append(escape(c.reason()))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static String side(Observation o) {
        return escape(o.describe());
    }

    /** Job summaries render HTML: escape it, and the table syntax, in every string taken from results. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '|' -> out.append("\\|");
                case '`', '*', '_', '[', ']' -> out.append('\\').append(ch);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static String code(String s) {
        return s == null ? "" : s.replace("`", "'").replace("\n", " ");
    }
}
