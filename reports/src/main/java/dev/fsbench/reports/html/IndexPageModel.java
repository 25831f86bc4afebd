package dev.fsbench.reports.html;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.gate.ComparisonReport;
import dev.fsbench.reports.gate.Verdict;
import dev.fsbench.results.MicrobenchSection;
import dev.fsbench.results.WorkloadResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every run, newest first, with its headline figures; and the environments with their trend pages. */
final class IndexPageModel {
    private IndexPageModel() {}

    static Map<String, Object> build(
            List<RunRecord> newestFirst, Map<String, ComparisonReport> gates, List<String> problems) {
        Map<String, Object> model = new HashMap<>();
        List<Map<String, Object>> runs = new ArrayList<>();
        Map<String, Map<String, Object>> environments = new LinkedHashMap<>();
        for (RunRecord run : newestFirst) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("runId", run.runId());
            r.put("href", "runs/" + run.runId() + "/index.html");
            r.put(
                    "startedAt",
                    run.startedAt().equals(java.time.Instant.EPOCH)
                            ? run.result().startedAt()
                            : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
                                    .withZone(java.time.ZoneOffset.UTC)
                                    .format(run.startedAt()));
            r.put("status", run.status());
            r.put("branch", run.gitBranch() == null ? "" : run.gitBranch());
            String commit = run.gitCommit();
            r.put("commit", commit == null ? "" : commit.substring(0, Math.min(10, commit.length())));
            r.put("envLabel", Environments.label(run.fingerprint()));
            r.put("envHref", Environments.trendsFile(run.fingerprint()));
            r.put("headlines", headlines(run));
            r.put("micro", microSummary(run.microbenchmarks()));
            r.put("gate", gateSummary(gates.get(run.runId())));
            runs.add(r);
            environments
                    .computeIfAbsent(run.fingerprint(), fp -> {
                        Map<String, Object> e = new LinkedHashMap<>();
                        e.put("fingerprint", Environments.label(fp));
                        e.put("href", Environments.trendsFile(fp));
                        e.put("latest", run.runId());
                        e.put("runs", 0);
                        return e;
                    })
                    .merge("runs", 1, (a, b) -> (Integer) a + (Integer) b);
        }
        model.put("runs", runs);
        model.put("environments", new ArrayList<>(environments.values()));
        model.put("problems", problems);
        return model;
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
                    VerificationText.cssClass(w.verdict()));
        }
    }

    private static List<Headline> headlines(RunRecord run) {
        return run.workloads().stream().map(Headline::of).toList();
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
