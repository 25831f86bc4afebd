package dev.fsbench.reports.gate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.reports.Json;
import dev.fsbench.reports.RunRecord;
import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunStatus;
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
import java.util.function.Function;

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
                    "cost.cpuCoreSecondsPerMillionEvents",
                    "CPU per million events",
                    "core-s",
                    Direction.LOWER_IS_BETTER,
                    w -> w.cost() == null ? null : w.cost().cpuCoreSecondsPerMillionEvents()),
            new StreamMetric(
                    "cost.allocatedBytesPerEvent",
                    "allocation per event",
                    "B",
                    Direction.LOWER_IS_BETTER,
                    w -> w.cost() == null ? null : w.cost().allocatedBytesPerEvent()),
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
        CapacityMetrics.extract(run, metrics);
        MicrobenchMetrics.extract(run.microbenchmarks(), metrics);
        return metrics;
    }

    private static Double throughput(WorkloadResult w, Function<Throughput, Double> figure) {
        return w.throughput() == null ? null : figure.apply(w.throughput());
    }

    private static Double latency(WorkloadResult w, Function<LatencySummary, Double> figure) {
        return w.latencyMs() == null ? null : figure.apply(w.latencyMs());
    }

    /**
     * The workloads the gate leaves out of every comparison, in words: INVALID ones (the generator did not keep
     * its schedule, so the load was not what was asked for and their timings do not count).
     */
    public static List<String> excluded(RunRecord run) {
        return run.workloads().stream()
                .filter(w -> w.status() == RunStatus.INVALID)
                .map(w -> "run " + run.runId() + ": " + w.name() + " is INVALID (generator behind its schedule),"
                        + " excluded from the comparison")
                .toList();
    }

    private static void streaming(RunRecord run, Map<String, Observation> out) {
        Map<String, List<WorkloadResult>> byWorkload = new LinkedHashMap<>();
        for (WorkloadResult w : run.workloads()) {
            if (w.status() == RunStatus.INVALID) {
                continue; // its timings do not count, and its status says nothing about the engine
            }
            byWorkload
                    .computeIfAbsent(w.engine() + "/" + w.scenario(), k -> new ArrayList<>())
                    .add(w);
        }
        byWorkload.forEach((name, repeats) -> {
            String group = "stream " + name;
            String digest = configDigest(repeats);
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

    /** Repeated keys within one run (repeats) are samples of that one run. */
    static void put(Map<String, Observation> out, Observation o) {
        out.merge(o.key(), o, Observation::withRepeats);
    }

    static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /**
     * The configuration of every repeat: the distinct configurations, sorted, hashed together. Repeats that all ran
     * one configuration digest like one run of it; a repeat that ran another one changes the digest.
     */
    static String configDigest(List<WorkloadResult> repeats) {
        java.util.SortedSet<String> distinct = new java.util.TreeSet<>();
        repeats.forEach(w -> distinct.add(digest(ResultJson.tree(w.config()))));
        return distinct.size() == 1 ? distinct.first() : digest(Json.MAPPER.valueToTree(List.copyOf(distinct)));
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
