package dev.fsbench.reports.html;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.gate.ComparisonReport;
import dev.fsbench.reports.gate.Verdict;
import dev.fsbench.results.MicrobenchSection;
import dev.fsbench.results.WorkloadResult;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every run, newest first, with its headline figures; and the environments with their trend pages. */
final class IndexPageModel {
    private IndexPageModel() {}

    private static final DateTimeFormatter STARTED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    static Map<String, Object> build(
            List<RunRecord> newestFirst, Map<String, ComparisonReport> gates, List<String> problems) {
        List<RunRow> runs = new ArrayList<>();
        Map<String, EnvironmentRow> environments = new LinkedHashMap<>();
        for (RunRecord run : newestFirst) {
            runs.add(RunRow.of(run, gates.get(run.runId())));
            // newest first: the first run seen of an environment is its latest
            environments.merge(
                    run.fingerprint(),
                    new EnvironmentRow(
                            Environments.label(run.fingerprint()),
                            Environments.trendsFile(run.fingerprint()),
                            run.runId(),
                            1),
                    (latest, older) -> latest.withOneMoreRun());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("runs", runs);
        model.put("environments", new ArrayList<>(environments.values()));
        model.put("problems", problems);
        return model;
    }

    /** One run of the index's table; commit cut to 10 characters, branch and commit empty when unknown. */
    record RunRow(
            String runId,
            String href,
            String startedAt,
            String status,
            String branch,
            String commit,
            String envLabel,
            String envHref,
            String engineVersions,
            List<Headline> headlines,
            String micro,
            String gate,
            String notEnded) {
        static RunRow of(RunRecord run, ComparisonReport gate) {
            String commit = run.gitCommit();
            return new RunRow(
                    run.runId(),
                    "runs/" + run.runId() + "/index.html",
                    run.startedAt().equals(Instant.EPOCH) ? run.result().startedAt() : STARTED.format(run.startedAt()),
                    run.status(),
                    run.gitBranch() == null ? "" : run.gitBranch(),
                    commit == null ? "" : commit.substring(0, Math.min(10, commit.length())),
                    Environments.label(run.fingerprint()),
                    Environments.trendsFile(run.fingerprint()),
                    EngineVersions.line(run.result()),
                    run.workloads().stream().map(Headline::of).toList(),
                    microSummary(run.microbenchmarks()),
                    gateSummary(gate),
                    NotEnded.sentence(run));
        }
    }

    /** One environment: its label, its trends page, its latest run and how many runs it has. */
    record EnvironmentRow(String fingerprint, String href, String latest, int runs) {
        EnvironmentRow withOneMoreRun() {
            return new EnvironmentRow(fingerprint, href, latest, runs + 1);
        }
    }

    /** One workload of the index's run table: its name, status, input rate, p99 and verdict. */
    record Headline(
            String name, String status, String statusClass, Double input, Double p99, String verificationClass) {
        static Headline of(WorkloadResult w) {
            String status = w.status() == null ? null : w.status().name();
            return new Headline(
                    w.name(),
                    status,
                    status == null ? "" : status.toLowerCase(Locale.ROOT),
                    w.throughput() == null ? null : w.throughput().inputEventsPerSec(),
                    w.latencyMs() == null ? null : w.latencyMs().p99(),
                    VerificationText.cssClass(w));
        }
    }

    private static String microSummary(MicrobenchSection micro) {
        if (micro == null) {
            return null;
        }
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        micro.claims().forEach(c -> verdicts.merge(String.valueOf(c.verdict()), 1, Integer::sum));
        StringBuilder sb = new StringBuilder().append(micro.results().size()).append(" results");
        if (!verdicts.isEmpty()) {
            sb.append("; claims ");
            verdicts.forEach((k, n) -> sb.append(n).append(' ').append(k).append(' '));
        }
        return sb.toString().trim();
    }

    private static String gateSummary(ComparisonReport gate) {
        if (gate == null || gate.comparisons().isEmpty()) {
            return null;
        }
        return gate.count(Verdict.REGRESSED) + " regressed, " + gate.count(Verdict.IMPROVED) + " improved, "
                + gate.count(Verdict.NOISY) + " noisy";
    }
}
