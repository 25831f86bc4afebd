package dev.fsbench.reports.gate;

import java.util.List;

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

    public boolean hasRegression() {
        return count(Verdict.REGRESSED) > 0;
    }

    public long count(Verdict verdict) {
        return comparisons.stream().filter(c -> c.verdict() == verdict).count();
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

    /** 0 when the gate passes, 1 on any regression: the process exit code CI acts on. */
    public int exitCode() {
        return hasRegression() ? 1 : 0;
    }
}
