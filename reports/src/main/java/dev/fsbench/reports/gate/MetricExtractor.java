package dev.fsbench.reports.gate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.reports.Json;
import dev.fsbench.reports.RunRecord;
import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.MicrobenchResult;
import dev.fsbench.results.MicrobenchSection;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.Throughput;
import dev.fsbench.results.WorkloadResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a run's result into its comparable metrics. Sections that are absent produce no metrics, so the gate
 * keeps working on results from before a section (telemetry, microbenchmarks) existed.
 */
public final class MetricExtractor {

    /**
     * Streaming figures the gate compares, in the order they are reported. {@code path} names the figure in
     * result.json and is part of the metric's key; {@code value} reads it, null when the section is absent.
     */
    private record StreamMetric(
            String path, String label, String unit, Direction direction, Function<WorkloadResult, Double> value) {}

    private static final List<StreamMetric> TIMED_STREAM_METRICS = List.of(
            new StreamMetric(
                    "throughput.inputEventsPerSec",
                    "input throughput",
                    "events/s",
                    Direction.HIGHER_IS_BETTER,
                    w -> throughput(w, Throughput::inputEventsPerSec)),
            new StreamMetric(
                    "throughput.processedEventsPerSec",
                    "processed throughput",
                    "events/s",
                    Direction.HIGHER_IS_BETTER,
                    w -> throughput(w, Throughput::processedEventsPerSec)),
            new StreamMetric(
                    "latencyMs.p50",
                    "latency p50",
                    "ms",
                    Direction.LOWER_IS_BETTER,
                    w -> latency(w, LatencySummary::p50)),
            new StreamMetric(
                    "latencyMs.p99",
                    "latency p99",
                    "ms",
                    Direction.LOWER_IS_BETTER,
                    w -> latency(w, LatencySummary::p99)),
            new StreamMetric(
                    "latencyMs.p999",
                    "latency p99.9",
                    "ms",
                    Direction.LOWER_IS_BETTER,
                    w -> latency(w, LatencySummary::p999)),
            new StreamMetric(
                    "gc.pauseTotalMs",
                    "GC pause total",
                    "ms",
                    Direction.LOWER_IS_BETTER,
                    w -> w.gc() == null ? null : w.gc().pauseTotalMs()),
            new StreamMetric(
                    "gc.allocatedBytesPerSec",
                    "allocation rate",
                    "B/s",
                    Direction.LOWER_IS_BETTER,
                    w -> w.gc() == null ? null : w.gc().allocatedBytesPerSec()),
            new StreamMetric(
                    "cpu.processCpuShareMean",
                    "engine CPU (mean share)",
                    "share",
                    Direction.LOWER_IS_BETTER,
                    w -> w.cpu() == null ? null : w.cpu().processCpuShareMean()));

    private MetricExtractor() {}

    /** Metrics by key, in report order. */
    public static Map<String, Observation> extract(RunRecord run) {
        Map<String, Observation> metrics = new LinkedHashMap<>();
        streaming(run, metrics);
        microbenchmarks(run.microbenchmarks(), metrics);
        return metrics;
    }

    private static Double throughput(WorkloadResult w, Function<Throughput, Double> figure) {
        return w.throughput() == null ? null : figure.apply(w.throughput());
    }

    private static Double latency(WorkloadResult w, Function<LatencySummary, Double> figure) {
        return w.latencyMs() == null ? null : figure.apply(w.latencyMs());
    }

    private static void streaming(RunRecord run, Map<String, Observation> out) {
        Map<String, List<WorkloadResult>> byWorkload = new LinkedHashMap<>();
        for (WorkloadResult w : run.workloads()) {
            byWorkload
                    .computeIfAbsent(w.engine() + "/" + w.scenario(), k -> new ArrayList<>())
                    .add(w);
        }
        byWorkload.forEach((name, repeats) -> {
            String group = "stream " + name;
            String digest = digest(ResultJson.tree(repeats.get(0).config()));
            String prefix = "stream/" + name + "/";

            double[] passedShare = repeats.stream()
                    .mapToDouble(w -> w.verdict().passed() ? 1 : 0)
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
                            passedShare,
                            nans(passedShare.length),
                            digest));

            double[] badWindows = repeats.stream()
                    .filter(w -> w.verification() != null)
                    .mapToDouble(w -> w.verification().badWindows())
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

            // A failed workload's timings describe the failure, not the engine: only passed repeats are samples.
            List<WorkloadResult> passed =
                    repeats.stream().filter(w -> w.verdict().passed()).toList();
            for (StreamMetric m : TIMED_STREAM_METRICS) {
                double[] values = passed.stream()
                        .map(m.value())
                        .filter(v -> v != null && Double.isFinite(v))
                        .mapToDouble(Double::doubleValue)
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

    private static void microbenchmarks(MicrobenchSection micro, Map<String, Observation> out) {
        if (micro == null) {
            return;
        }
        // A quick profile (1 fork, short iterations) is not comparable with a full one: part of the config digest.
        String digest = digest(ResultJson.tree(micro.profile()));
        for (MicrobenchResult r : micro.results()) {
            String benchmark = r.benchmark();
            if (benchmark == null) {
                continue;
            }
            String id = "jmh/" + benchmark + paramsSuffix(r.params());
            String label = microLabel(r, benchmark);
            String group = ("microbenchmark " + (r.group() == null ? "" : r.group())).trim();
            if (Double.isFinite(r.score())) {
                Direction dir =
                        "thrpt".equalsIgnoreCase(r.mode()) ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
                put(
                        out,
                        new Observation(
                                id + "/score",
                                group,
                                label + " (" + r.mode() + ")",
                                r.unit(),
                                dir,
                                MetricKind.TIMED,
                                new double[] {r.score()},
                                new double[] {finiteOrNaN(r.scoreError())},
                                digest));
            }
            // gc.alloc.rate.norm is deterministic once the JIT settles; JMH's error on it says when it has not
            if (isFinite(r.allocBytesPerOp())) {
                put(
                        out,
                        new Observation(
                                id + "/allocBytesPerOp",
                                group,
                                label + " allocated",
                                "B/op",
                                Direction.LOWER_IS_BETTER,
                                MetricKind.NEAR_EXACT,
                                new double[] {r.allocBytesPerOp()},
                                new double[] {finiteOrNaN(r.allocBytesPerOpError())},
                                digest));
            }
            if (r.serializedBytes() != null) {
                put(
                        out,
                        new Observation(
                                id + "/serializedBytes",
                                group,
                                label + " serialized size",
                                "bytes",
                                Direction.LOWER_IS_BETTER,
                                MetricKind.EXACT,
                                new double[] {r.serializedBytes()},
                                new double[] {Double.NaN},
                                digest));
            }
        }
    }

    private static boolean isFinite(Double value) {
        return value != null && Double.isFinite(value);
    }

    private static double finiteOrNaN(Double value) {
        return isFinite(value) ? value : Double.NaN;
    }

    private static String microLabel(MicrobenchResult r, String benchmark) {
        List<String> parts = new ArrayList<>();
        for (String v : Arrays.asList(r.serializer(), r.record(), r.operation())) {
            if (v != null && !v.isBlank()) {
                parts.add(v);
            }
        }
        if (parts.isEmpty()) {
            int dot = benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1);
            parts.add(dot >= 0 ? benchmark.substring(dot + 1) : benchmark);
        }
        return String.join(" ", parts) + paramsSuffix(r.params());
    }

    private static String paramsSuffix(Map<String, String> params) {
        if (params.isEmpty()) {
            return "";
        }
        return new TreeMap<>(params)
                .entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(",", "[", "]"));
    }

    /** Repeated keys within one run (repeats) pool their samples. */
    private static void put(Map<String, Observation> out, Observation o) {
        out.merge(o.key(), o, Observation::pooledWith);
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
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
