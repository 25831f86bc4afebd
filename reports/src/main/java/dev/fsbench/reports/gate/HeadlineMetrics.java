package dev.fsbench.reports.gate;

import java.util.List;

/**
 * The figures the gate judges (issue 11): per workload processed throughput, latency p50 and p99, CPU per million
 * events and allocation per event, and each capacity search's maximum sustainable rate. Every other metric is
 * reported beside them but never fails the gate. Correctness checks (workloads that finished OK, windows missing,
 * duplicated or wrong) are not measurements with noise: they fail the gate whenever they get worse.
 */
public final class HeadlineMetrics {
    /** The figures' paths in result.json, as they end a stream metric's key. */
    public static final List<String> STREAM_PATHS = List.of(
            "throughput.processedEventsPerSec",
            "latencyMs.p50",
            "latencyMs.p99",
            "cost.cpuCoreSecondsPerMillionEvents",
            "cost.allocatedBytesPerEvent");

    private static final List<String> CORRECTNESS_PATHS = List.of("status", "verification.badWindows");

    private HeadlineMetrics() {}

    /** A headline measurement: judged with its noise, one of the family whose false alarms the budget bounds. */
    public static boolean isHeadline(String key) {
        if (key.startsWith("capacity/")) {
            return key.endsWith("/" + CapacityMetrics.FIGURE);
        }
        return key.startsWith("stream/") && STREAM_PATHS.stream().anyMatch(p -> key.endsWith("/" + p));
    }

    /** A correctness check of a workload: any worsening fails the gate. */
    public static boolean isCorrectnessCheck(String key) {
        return key.startsWith("stream/") && CORRECTNESS_PATHS.stream().anyMatch(p -> key.endsWith("/" + p));
    }

    /** Whether a verdict on this metric can fail the gate. */
    public static boolean gates(String key) {
        return isHeadline(key) || isCorrectnessCheck(key);
    }
}
