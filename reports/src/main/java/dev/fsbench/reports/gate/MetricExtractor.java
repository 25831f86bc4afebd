package dev.fsbench.reports.gate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.reports.Json;
import dev.fsbench.reports.RunRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Turns a result tree into the comparable metrics of a run. Sections that are absent produce no metrics, so the
 * gate keeps working on results from before a section (telemetry, microbenchmarks) existed.
 */
public final class MetricExtractor {

    /** Streaming figures the gate compares, in the order they are reported. */
    private record StreamMetric(String path, String label, String unit, Direction direction) {}

    private static final List<StreamMetric> TIMED_STREAM_METRICS = List.of(
            new StreamMetric(
                    "throughput.inputEventsPerSec", "input throughput", "events/s", Direction.HIGHER_IS_BETTER),
            new StreamMetric(
                    "throughput.outputEventsPerSec", "output throughput", "events/s", Direction.HIGHER_IS_BETTER),
            new StreamMetric("latencyMs.p50", "latency p50", "ms", Direction.LOWER_IS_BETTER),
            new StreamMetric("latencyMs.p99", "latency p99", "ms", Direction.LOWER_IS_BETTER),
            new StreamMetric("latencyMs.p999", "latency p99.9", "ms", Direction.LOWER_IS_BETTER),
            new StreamMetric("gc.pauseTotalMs", "GC pause total", "ms", Direction.LOWER_IS_BETTER),
            new StreamMetric("gc.allocatedBytesPerSec", "allocation rate", "B/s", Direction.LOWER_IS_BETTER),
            new StreamMetric("cpu.processCpuShareMean", "engine CPU (mean share)", "share", Direction.LOWER_IS_BETTER));

    private MetricExtractor() {}

    /** Metrics by key, in report order. */
    public static Map<String, Observation> extract(RunRecord run) {
        Map<String, Observation> metrics = new LinkedHashMap<>();
        streaming(run, metrics);
        microbenchmarks(run.microbenchmarks(), metrics);
        return metrics;
    }

    private static void streaming(RunRecord run, Map<String, Observation> out) {
        Map<String, List<JsonNode>> byWorkload = new LinkedHashMap<>();
        for (JsonNode w : run.workloads()) {
            String name = Json.text(w, "engine") + "/" + Json.text(w, "scenario");
            byWorkload.computeIfAbsent(name, k -> new ArrayList<>()).add(w);
        }
        byWorkload.forEach((name, repeats) -> {
            String group = "stream " + name;
            String digest = digest(repeats.get(0).path("config"));
            String prefix = "stream/" + name + "/";

            double[] okShare = repeats.stream()
                    .mapToDouble(w -> "OK".equals(Json.text(w, "status")) ? 1 : 0)
                    .toArray();
            put(
                    out,
                    new Observation(
                            prefix + "status",
                            group,
                            "workloads OK (share)",
                            "share",
                            Direction.HIGHER_IS_BETTER,
                            MetricKind.EXACT,
                            okShare,
                            nans(okShare.length),
                            digest));

            double[] badWindows = repeats.stream()
                    .filter(w -> w.path("verification").isObject())
                    .mapToDouble(MetricExtractor::badWindows)
                    .toArray();
            if (badWindows.length > 0) {
                put(
                        out,
                        new Observation(
                                prefix + "verification.badWindows",
                                group,
                                "windows missing/duplicated/wrong",
                                "windows",
                                Direction.LOWER_IS_BETTER,
                                MetricKind.EXACT,
                                badWindows,
                                nans(badWindows.length),
                                digest));
            }

            // A failed workload's timings describe the failure, not the engine: only OK repeats are samples.
            List<JsonNode> ok = repeats.stream()
                    .filter(w -> "OK".equals(Json.text(w, "status")))
                    .toList();
            for (StreamMetric m : TIMED_STREAM_METRICS) {
                double[] values = ok.stream()
                        .map(w -> Json.number(w, m.path()))
                        .filter(OptionalDouble::isPresent)
                        .mapToDouble(OptionalDouble::getAsDouble)
                        .toArray();
                if (values.length > 0) {
                    put(
                            out,
                            new Observation(
                                    prefix + m.path(),
                                    group,
                                    m.label(),
                                    m.unit(),
                                    m.direction(),
                                    MetricKind.TIMED,
                                    values,
                                    nans(values.length),
                                    digest));
                }
            }
        });
    }

    private static double badWindows(JsonNode w) {
        JsonNode v = w.path("verification");
        return v.path("windowsMissing").asDouble()
                + v.path("windowsDuplicated").asDouble()
                + v.path("windowsWrong").asDouble()
                + v.path("windowsUnexpected").asDouble();
    }

    private static void microbenchmarks(JsonNode micro, Map<String, Observation> out) {
        if (!micro.isObject()) {
            return;
        }
        // A quick profile (1 fork, short iterations) is not comparable with a full one: part of the config digest.
        String digest = digest(micro.path("profile"));
        for (JsonNode r : micro.path("results")) {
            String benchmark = Json.text(r, "benchmark");
            if (benchmark == null) {
                continue;
            }
            String id = "jmh/" + benchmark + paramsSuffix(r.path("params"));
            String label = microLabel(r, benchmark);
            String group = "microbenchmark " + (Json.text(r, "group") == null ? "" : Json.text(r, "group"));
            String mode = Json.text(r, "mode");
            OptionalDouble score = Json.number(r, "score");
            if (score.isPresent()) {
                Direction dir = "thrpt".equalsIgnoreCase(mode) ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
                double error = Json.number(r, "scoreError").orElse(Double.NaN);
                put(
                        out,
                        new Observation(
                                id + "/score",
                                group.trim(),
                                label + " (" + mode + ")",
                                Json.text(r, "unit"),
                                dir,
                                MetricKind.TIMED,
                                new double[] {score.getAsDouble()},
                                new double[] {error},
                                digest));
            }
            // gc.alloc.rate.norm is deterministic once the JIT settles; JMH's error on it says when it has not
            double allocError = Json.number(r, "allocBytesPerOpError").orElse(Double.NaN);
            Json.number(r, "allocBytesPerOp")
                    .ifPresent(v -> put(
                            out,
                            new Observation(
                                    id + "/allocBytesPerOp",
                                    group.trim(),
                                    label + " allocated",
                                    "B/op",
                                    Direction.LOWER_IS_BETTER,
                                    MetricKind.NEAR_EXACT,
                                    new double[] {v},
                                    new double[] {allocError},
                                    digest)));
            Json.number(r, "serializedBytes")
                    .ifPresent(v -> put(
                            out,
                            new Observation(
                                    id + "/serializedBytes",
                                    group.trim(),
                                    label + " serialized size",
                                    "bytes",
                                    Direction.LOWER_IS_BETTER,
                                    MetricKind.EXACT,
                                    new double[] {v},
                                    new double[] {Double.NaN},
                                    digest)));
        }
    }

    private static String microLabel(JsonNode r, String benchmark) {
        List<String> parts = new ArrayList<>();
        for (String f : List.of("serializer", "record", "operation")) {
            String v = Json.text(r, f);
            if (v != null && !v.isBlank()) {
                parts.add(v);
            }
        }
        if (parts.isEmpty()) {
            int dot = benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1);
            parts.add(dot >= 0 ? benchmark.substring(dot + 1) : benchmark);
        }
        return String.join(" ", parts) + paramsSuffix(r.path("params"));
    }

    private static String paramsSuffix(JsonNode params) {
        if (!params.isObject() || params.isEmpty()) {
            return "";
        }
        Map<String, String> sorted = new TreeMap<>();
        params.fields()
                .forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().asText()));
        StringBuilder sb = new StringBuilder("[");
        Iterator<Map.Entry<String, String>> it = sorted.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, String> e = it.next();
            sb.append(e.getKey()).append('=').append(e.getValue()).append(it.hasNext() ? "," : "]");
        }
        return sb.toString();
    }

    /** Repeated keys within one run (repeats) pool their samples. */
    private static void put(Map<String, Observation> out, Observation o) {
        out.merge(o.key(), o, Observation::pooledWith);
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    /** Hash of a JSON subtree with object keys sorted, so field order never makes two configs differ. */
    static String digest(JsonNode node) {
        try {
            Object canonical = Json.MAPPER.treeToValue(node, Object.class);
            byte[] bytes = Json.MAPPER.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
