package dev.fsbench.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.reports.Json;
import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.gate.ComparisonReport;
import dev.fsbench.reports.gate.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
                            ? Json.text(run.result(), "startedAt")
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

    private static List<Map<String, Object>> headlines(RunRecord run) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (JsonNode w : run.workloads()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("name", Json.text(w, "engine") + " / " + Json.text(w, "scenario"));
            String status = Json.text(w, "status");
            h.put("status", status);
            h.put("statusClass", status == null ? "" : status.toLowerCase(java.util.Locale.ROOT));
            h.put(
                    "input",
                    Json.number(w, "throughput.inputEventsPerSec").isPresent()
                            ? Json.number(w, "throughput.inputEventsPerSec").getAsDouble()
                            : null);
            h.put(
                    "p99",
                    Json.number(w, "latencyMs.p99").isPresent()
                            ? Json.number(w, "latencyMs.p99").getAsDouble()
                            : null);
            JsonNode v = w.path("verification");
            h.put(
                    "verificationClass",
                    !v.isObject()
                            ? "incomplete"
                            : v.path("passed")
                                            .asBoolean(v.path("windowsCorrect").asLong()
                                                    == v.path("windowsExpected").asLong())
                                    ? "ok"
                                    : "failed");
            list.add(h);
        }
        return list;
    }

    private static String microSummary(JsonNode micro) {
        if (!micro.isObject()) {
            return null;
        }
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        micro.path("claims").forEach(c -> verdicts.merge(String.valueOf(Json.text(c, "verdict")), 1, Integer::sum));
        StringBuilder sb =
                new StringBuilder().append(micro.path("results").size()).append(" results");
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
