package dev.fsbench.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.reports.Json;
import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.gate.ComparisonReport;
import dev.fsbench.reports.gate.Format;
import dev.fsbench.reports.gate.MetricComparison;
import dev.fsbench.reports.gate.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The model and charts of one run's page. Every section is optional: absent data gives no table and no chart. */
final class RunPageModel {
    /** More lines than this make a chart unreadable (per-subtask metrics at high parallelism). */
    private static final int MAX_SERIES_PER_CHART = 12;

    private static final double MIB = 1024.0 * 1024.0;
    /** Verdicts shown up front; unchanged and skipped metrics fold away. */
    private static final java.util.Set<String> CHANGED =
            java.util.Set.of(Verdict.REGRESSED.label(), Verdict.IMPROVED.label(), Verdict.NOISY.label());

    private final ChartSpecs charts = new ChartSpecs("c");
    private final Map<String, Object> model = new HashMap<>();

    static RunPageModel build(RunRecord run, ComparisonReport vsHistory) {
        RunPageModel page = new RunPageModel();
        page.fill(run, vsHistory);
        return page;
    }

    Map<String, Object> model() {
        return model;
    }

    List<Map<String, Object>> charts() {
        return charts.all();
    }

    private void fill(RunRecord run, ComparisonReport vsHistory) {
        JsonNode r = run.result();
        model.put("run", plain(r));
        model.put("runId", run.runId());
        model.put("environmentRows", environmentRows(r));
        List<Map<String, Object>> workloads = workloads(run);
        model.put("workloads", workloads);
        model.put("overviewCharts", overviewCharts(run, workloads));
        model.put("harness", telemetrySection("harness JVM", r.path("harness"), TimeAxis.of(r.path("harness"))));
        model.put("micro", microbenchmarks(r.path("microbenchmarks")));
        List<Map<String, Object>> gate = gateRows(vsHistory);
        model.put(
                "gate",
                gate.stream().filter(g -> CHANGED.contains(g.get("verdict"))).toList());
        model.put(
                "gateSteady",
                gate.stream().filter(g -> !CHANGED.contains(g.get("verdict"))).toList());
        model.put("gateLabel", vsHistory == null ? null : vsHistory.baselineLabel());
        model.put("gateNotes", vsHistory == null ? List.of() : vsHistory.notes());
    }

    private static List<List<String>> environmentRows(JsonNode r) {
        List<List<String>> rows = new ArrayList<>();
        JsonNode env = r.path("environment");
        env.fields().forEachRemaining(e -> {
            if (e.getKey().equals("memoryBytes") && e.getValue().isNumber()) {
                rows.add(List.of(e.getKey(), Format.bytes(e.getValue().asDouble())));
            } else if (e.getValue().isObject()) {
                e.getValue()
                        .fields()
                        .forEachRemaining(sub -> rows.add(List.of(
                                e.getKey() + "." + sub.getKey(), sub.getValue().asText())));
            } else {
                rows.add(List.of(
                        e.getKey(), e.getValue().isNull() ? "–" : e.getValue().asText()));
            }
        });
        r.path("kafka")
                .fields()
                .forEachRemaining(e -> rows.add(List.of(
                        "kafka." + e.getKey(),
                        e.getValue().isNull() ? "–" : e.getValue().asText())));
        return rows;
    }

    private List<Map<String, Object>> workloads(RunRecord run) {
        Map<String, Integer> repeats = new HashMap<>();
        run.workloads().forEach(w -> repeats.merge(name(w), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        List<Map<String, Object>> views = new ArrayList<>();
        int index = 0;
        for (JsonNode w : run.workloads()) {
            String name = name(w);
            int k = seen.merge(name, 1, Integer::sum);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("title", repeats.get(name) > 1 ? name + " #" + k : name);
            v.put("anchor", "w" + index++);
            v.put("raw", plain(w));
            v.put("verification", verificationText(w.path("verification")));
            v.put("verificationClass", verificationClass(w));
            v.put("verificationShort", verificationShort(w.path("verification"), (String) v.get("verificationClass")));
            v.put("configRows", flatten(w.path("config"), ""));
            v.put("engineInfoRows", flatten(w.path("engineInfo"), ""));
            v.put("engineSummaryRows", flatten(w.path("engineMetrics").path("summary"), ""));
            TimeAxis time = TimeAxis.of(w);
            v.put("charts", workloadCharts((String) v.get("title"), w, time));
            v.put("telemetry", telemetrySection((String) v.get("title"), w, time));
            views.add(v);
        }
        return views;
    }

    private List<String> overviewCharts(RunRecord run, List<Map<String, Object>> views) {
        List<ChartSpecs.Series> nines = new ArrayList<>();
        List<ChartSpecs.Series> p99 = new ArrayList<>();
        List<ChartSpecs.Series> output = new ArrayList<>();
        List<JsonNode> workloads = run.workloads();
        for (int i = 0; i < workloads.size(); i++) {
            JsonNode w = workloads.get(i);
            String title = (String) views.get(i).get("title");
            TimeAxis time = TimeAxis.of(w);
            nines.add(ChartSpecs.Series.line(
                    title, percentilePoints(w.path("latencyMs").path("percentiles"))));
            p99.add(ChartSpecs.Series.line(title, time.field(w.path("latencyOverTime"), "p99", 1)));
            output.add(ChartSpecs.Series.line(title, time.rate(w.path("throughputOverTime"), "outputEvents")));
        }
        List<String> ids = new ArrayList<>();
        addIfDrawn(ids, charts.nines("Latency by percentile (all workloads)", "ms", nines));
        addIfDrawn(ids, charts.time("Latency p99 over time", "ms", null, p99));
        addIfDrawn(ids, charts.time("Output throughput over time", "events/s", null, output));
        return ids;
    }

    private List<String> workloadCharts(String title, JsonNode w, TimeAxis time) {
        List<String> ids = new ArrayList<>();
        JsonNode lot = w.path("latencyOverTime");
        addIfDrawn(
                ids,
                charts.time(
                        title + ": latency over time",
                        "ms",
                        null,
                        List.of(
                                ChartSpecs.Series.line("p50", time.field(lot, "p50", 1)),
                                ChartSpecs.Series.line("p99", time.field(lot, "p99", 1)),
                                ChartSpecs.Series.line("max", time.field(lot, "max", 1)))));
        JsonNode tot = w.path("throughputOverTime");
        addIfDrawn(
                ids,
                charts.time(
                        title + ": throughput over time",
                        "events/s",
                        null,
                        List.of(
                                ChartSpecs.Series.line("input", time.rate(tot, "inputEvents")),
                                ChartSpecs.Series.line("output", time.rate(tot, "outputEvents")))));
        engineMetricCharts(title, w.path("engineMetrics").path("series"), time, ids);
        return ids;
    }

    private void engineMetricCharts(String title, JsonNode seriesList, TimeAxis time, List<String> ids) {
        Map<String, List<ChartSpecs.Series>> byName = new TreeMap<>();
        Map<String, Integer> totals = new HashMap<>();
        for (JsonNode s : seriesList) {
            String name = Json.text(s, "name");
            if (name == null) {
                continue;
            }
            totals.merge(name, 1, Integer::sum);
            List<ChartSpecs.Series> lines = byName.computeIfAbsent(name, k -> new ArrayList<>());
            if (lines.size() < MAX_SERIES_PER_CHART) {
                lines.add(ChartSpecs.Series.line(tagsLabel(s.path("tags"), name), time.pairs(s.path("points"), 1)));
            }
        }
        byName.forEach((name, lines) -> {
            int total = totals.get(name);
            String suffix = total > lines.size() ? " (first " + lines.size() + " of " + total + " series)" : "";
            addIfDrawn(ids, charts.time(title + ": " + name + suffix, "", null, lines));
        });
    }

    /** Heap, GC pauses and CPU of one JVM (an engine, or the harness itself); null when there is no telemetry. */
    private Map<String, Object> telemetrySection(String title, JsonNode owner, TimeAxis time) {
        JsonNode gc = owner.path("gc");
        JsonNode cpu = owner.path("cpu");
        JsonNode telemetry = owner.path("telemetry");
        if (!gc.isObject() && !cpu.isObject() && !telemetry.isObject()) {
            return null;
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("gc", plain(gc));
        section.put("cpu", plain(cpu));
        section.put("status", Json.text(telemetry, "status"));
        section.put("reason", Json.text(telemetry, "reason"));
        JsonNode series = telemetry.path("series");
        List<String> ids = new ArrayList<>();
        addIfDrawn(
                ids,
                charts.time(
                        title + ": heap used and GC pauses",
                        "heap MiB",
                        "pause ms",
                        List.of(
                                ChartSpecs.Series.line(
                                        "heap used (MiB)", time.pairs(series.path("heapUsedBytes"), 1 / MIB)),
                                new ChartSpecs.Series(
                                        "GC pause (ms)", time.pairs(series.path("gcPauseMs"), 1), 1, "scatter"))));
        addIfDrawn(
                ids,
                charts.time(
                        title + ": CPU",
                        "% of machine",
                        null,
                        List.of(
                                ChartSpecs.Series.line("process", time.pairs(series.path("processCpuShare"), 100)),
                                ChartSpecs.Series.line("machine", time.pairs(series.path("machineCpuShare"), 100)))));
        section.put("charts", ids);
        return section;
    }

    private Map<String, Object> microbenchmarks(JsonNode micro) {
        if (!micro.isObject()) {
            return null;
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("raw", plain(micro));
        List<String> ids = new ArrayList<>();
        // One chart per (operation, unit): bars of different units or operations are not comparable.
        Map<String, List<JsonNode>> byOperation = new TreeMap<>();
        Map<String, JsonNode> sizes = new TreeMap<>();
        Map<String, JsonNode> allocs = new TreeMap<>();
        for (JsonNode r : micro.path("results")) {
            String subject = subject(r);
            String operation = Json.text(r, "operation");
            String key = (operation == null ? Json.text(r, "mode") : operation) + " (" + Json.text(r, "unit") + ")";
            byOperation.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            if (Json.number(r, "serializedBytes").isPresent()) {
                sizes.putIfAbsent(subject, r);
            }
            if (Json.number(r, "allocBytesPerOp").isPresent()) {
                allocs.put(subject + (operation == null ? "" : " " + operation), r);
            }
        }
        byOperation.forEach((key, results) -> {
            List<String> categories = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (JsonNode r : results) {
                categories.add(subject(r));
                values.add(
                        Json.number(r, "score").isPresent()
                                ? Json.number(r, "score").getAsDouble()
                                : null);
                errors.add(
                        Json.number(r, "scoreError").isPresent()
                                ? Json.number(r, "scoreError").getAsDouble()
                                : null);
            }
            String unit = Json.text(results.get(0), "unit");
            addIfDrawn(
                    ids,
                    charts.bars("Score: " + key + " (error bars: JMH 99.9% CI)", unit, categories, values, errors));
        });
        addIfDrawn(
                ids,
                charts.bars(
                        "Serialized size per record",
                        "bytes",
                        new ArrayList<>(sizes.keySet()),
                        sizes.values().stream()
                                .map(r -> Json.number(r, "serializedBytes").getAsDouble())
                                .toList(),
                        sizes.values().stream().map(r -> (Double) null).toList()));
        addIfDrawn(
                ids,
                charts.bars(
                        "Allocated bytes per operation",
                        "B/op",
                        new ArrayList<>(allocs.keySet()),
                        allocs.values().stream()
                                .map(r -> Json.number(r, "allocBytesPerOp").getAsDouble())
                                .toList(),
                        allocs.values().stream().map(r -> (Double) null).toList()));
        section.put("charts", ids);
        return section;
    }

    private static String subject(JsonNode r) {
        List<String> parts = new ArrayList<>();
        for (String f : List.of("serializer", "record")) {
            String v = Json.text(r, f);
            if (v != null && !v.isBlank()) {
                parts.add(v);
            }
        }
        if (parts.isEmpty()) {
            String b = Json.text(r, "benchmark");
            parts.add(b == null ? "?" : b.substring(b.lastIndexOf('.') + 1));
        }
        r.path("params")
                .fields()
                .forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
        return String.join(" ", parts);
    }

    private static List<Map<String, Object>> gateRows(ComparisonReport report) {
        if (report == null) {
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Verdict verdict :
                List.of(Verdict.REGRESSED, Verdict.IMPROVED, Verdict.NOISY, Verdict.UNCHANGED, Verdict.SKIPPED)) {
            for (MetricComparison c : report.withVerdict(verdict)) {
                rows.add(GateRow.of(c));
            }
        }
        return rows;
    }

    /** Percentile points for the nines axis: x = 1/(1-p). Accepts percentiles as 0..1 or 0..100. */
    static List<double[]> percentilePoints(JsonNode percentiles) {
        double scale = 1;
        for (JsonNode p : percentiles) {
            if (p.path("percentile").asDouble() > 1.0) {
                scale = 100;
                break;
            }
        }
        List<double[]> points = new ArrayList<>();
        for (JsonNode p : percentiles) {
            double q = p.path("percentile").asDouble() / scale;
            if (p.path("valueMs").isNumber() && q < 1.0 && q >= 0) {
                points.add(new double[] {1 / (1 - q), p.path("valueMs").asDouble()});
            }
        }
        return points;
    }

    private static String verificationText(JsonNode v) {
        if (!v.isObject()) {
            return "not verified";
        }
        StringBuilder sb = new StringBuilder();
        String mode = Json.text(v, "mode");
        sb.append(mode == null ? "" : mode + ": ");
        sb.append(v.path("windowsCorrect").asLong())
                .append('/')
                .append(v.path("windowsExpected").asLong())
                .append(" windows correct");
        for (String f : List.of("windowsMissing", "windowsDuplicated", "windowsWrong", "windowsUnexpected")) {
            long n = v.path(f).asLong();
            if (n > 0) {
                sb.append(", ")
                        .append(n)
                        .append(' ')
                        .append(f.substring("windows".length()).toLowerCase());
            }
        }
        sb.append("; events ")
                .append(v.path("eventsCounted").asLong())
                .append('/')
                .append(v.path("eventsExpected").asLong());
        Json.number(v, "misassignmentRate")
                .ifPresent(m -> sb.append("; misassigned ").append(Format.percent(m)));
        return sb.toString();
    }

    private static String verificationShort(JsonNode v, String cssClass) {
        if (!v.isObject()) {
            return "not verified";
        }
        String mode = Json.text(v, "mode");
        return (cssClass.equals("ok") ? "passed" : "FAILED") + (mode == null ? "" : " (" + mode + ")");
    }

    private static String verificationClass(JsonNode w) {
        JsonNode v = w.path("verification");
        if (!v.isObject()) {
            return "incomplete";
        }
        if (v.has("passed")) {
            return v.path("passed").asBoolean() ? "ok" : "failed";
        }
        boolean clean =
                v.path("windowsCorrect").asLong() == v.path("windowsExpected").asLong()
                        && v.path("windowsMissing").asLong()
                                        + v.path("windowsDuplicated").asLong()
                                        + v.path("windowsWrong").asLong()
                                == 0;
        return clean ? "ok" : "failed";
    }

    /** Nested objects as dotted keys, for config and engine info tables. */
    static List<List<String>> flatten(JsonNode node, String prefix) {
        List<List<String>> rows = new ArrayList<>();
        if (!node.isObject()) {
            return rows;
        }
        node.fields().forEachRemaining(e -> {
            String key = prefix + e.getKey();
            if (e.getValue().isObject() && !e.getValue().isEmpty()) {
                rows.addAll(flatten(e.getValue(), key + "."));
            } else if (e.getValue().isContainerNode()) {
                rows.add(List.of(key, e.getValue().toString()));
            } else {
                rows.add(List.of(key, e.getValue().isNull() ? "–" : e.getValue().asText()));
            }
        });
        return rows;
    }

    private static String tagsLabel(JsonNode tags, String fallback) {
        if (!tags.isObject() || tags.isEmpty()) {
            return fallback;
        }
        List<String> parts = new ArrayList<>();
        new TreeMap<String, JsonNode>(Json.MAPPER.convertValue(
                        tags, new com.fasterxml.jackson.core.type.TypeReference<Map<String, JsonNode>>() {}))
                .forEach((k, v) -> parts.add(k + "=" + v.asText()));
        return String.join(" ", parts);
    }

    private static String name(JsonNode w) {
        return Json.text(w, "engine") + " / " + Json.text(w, "scenario");
    }

    private static void addIfDrawn(List<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }

    /** The tree as Maps and Lists, which the templates navigate with dotted names. */
    static Object plain(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull()
                ? null
                : Json.MAPPER.convertValue(node, Object.class);
    }
}
