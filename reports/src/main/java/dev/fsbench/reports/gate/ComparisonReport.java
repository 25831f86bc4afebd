package dev.fsbench.reports.gate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The gate's answer for one current run.
 *
 * @param baselineLabel what was compared against: a run id, or "history (n runs: ...)"
 * @param baselineRunIds the runs the baseline was made of
 * @param notes facts a reader needs that are not per metric (no history yet, runs skipped...)
 */
public record ComparisonReport(
        String baselineLabel,
        List<String> baselineRunIds,
        String currentRunId,
        String fingerprint,
        List<MetricComparison> comparisons,
        List<String> notes) {

    /** Exit code: no regression. */
    public static final int PASSED = 0;
    /** Exit code: a headline metric or a correctness check got worse. */
    public static final int REGRESSED = 1;
    /** Exit code: no headline metric could be judged. */
    public static final int CANNOT_JUDGE = 3;

    /** A gating metric (headline or correctness check) regressed; other metrics are reported only. */
    public boolean hasRegression() {
        return comparisons.stream().anyMatch(c -> c.gating() && c.verdict() == Verdict.REGRESSED);
    }

    public long count(Verdict verdict) {
        return comparisons.stream().filter(c -> c.verdict() == verdict).count();
    }

    /** How many headline metrics got this verdict. */
    public long countHeadline(Verdict verdict) {
        return headline().stream().filter(c -> c.verdict() == verdict).count();
    }

    public List<MetricComparison> headline() {
        return comparisons.stream().filter(MetricComparison::headline).toList();
    }

    public List<MetricComparison> withVerdict(Verdict verdict) {
        return comparisons.stream().filter(c -> c.verdict() == verdict).toList();
    }

    public MetricComparison forKey(String key) {
        return comparisons.stream()
                .filter(c -> c.current().key().equals(key))
                .findFirst()
                .orElse(null);
    }

    /** Whether at least one headline metric was judged against its noise (or capacity against its resolution). */
    public boolean judgedAnyHeadline() {
        return headline().stream().anyMatch(MetricComparison::judged);
    }

    /** Why nothing could be judged, for the exit-3 message; null when something was. */
    public String cannotJudgeReason() {
        if (judgedAnyHeadline()) {
            return null;
        }
        if (baselineRunIds.isEmpty()) {
            return "no baseline run to compare with (" + String.join("; ", notes) + ")";
        }
        if (headline().isEmpty()) {
            return "neither side has a headline metric (processed throughput, latency p50/p99, CPU per million"
                    + " events, allocation per event, capacity)";
        }
        Set<String> reasons = new LinkedHashSet<>();
        headline()
                .forEach(c -> reasons.add(c.reason()
                        .replaceAll("\\(([0-9a-f]{12}) vs ([0-9a-f]{12})\\)", "")
                        .strip()));
        return "no headline metric could be judged: " + String.join("; ", reasons);
    }

    /** 1 on a regression (it wins), else 3 when no headline metric could be judged, else 0: CI acts on it. */
    public int exitCode() {
        if (hasRegression()) {
            return REGRESSED;
        }
        return judgedAnyHeadline() ? PASSED : CANNOT_JUDGE;
    }
}
