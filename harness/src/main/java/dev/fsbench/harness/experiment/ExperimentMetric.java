package dev.fsbench.harness.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.api.EngineSummaryKeys;
import dev.fsbench.results.Cost;
import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.WorkloadResult;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The run-level figures an experiment can compare, each taken from one workload's result over its measured phase
 * (warm-up excluded), and which way is better.
 */
public enum ExperimentMetric {
    LATENCY_P50_MS("latencyP50Ms", true, w -> latency(w.latencyMs(), LatencySummary::p50)),
    LATENCY_P99_MS("latencyP99Ms", true, w -> latency(w.latencyMs(), LatencySummary::p99)),
    CPU_PER_MILLION_EVENTS("cpuPerMillionEvents", true, w -> cost(w, Cost::cpuCoreSecondsPerMillionEvents)),
    ENGINE_CPU_CORES("engineCpuCores", true, w -> cost(w, Cost::engineCpuCores)),
    ALLOCATED_BYTES_PER_EVENT("allocatedBytesPerEvent", true, w -> cost(w, Cost::allocatedBytesPerEvent)),
    GC_TIME_SHARE("gcTimeShare", true, w -> cost(w, Cost::gcTimeShare)),
    HEAP_AFTER_GC_MAX_BYTES(
            "heapAfterGcMaxBytes",
            true,
            w -> cost(
                    w,
                    c -> c.heapAfterGcMaxBytes() == null
                            ? null
                            : c.heapAfterGcMaxBytes().doubleValue())),
    PROCESSED_EVENTS_PER_SEC(
            "processedEventsPerSec",
            false,
            w -> w.throughput() == null ? null : w.throughput().processedEventsPerSec()),
    /** Not a figure of one workload: a capacity search's confirmed rate (CapacitySearch), one per variant run. */
    CAPACITY_EVENTS_PER_SEC("capacityEventsPerSec", false, w -> null),
    LOAD_MAX_OVER_MEAN(
            "loadMaxOverMean", true, w -> engineFigure(w, EngineSummaryKeys.WINDOW_SUBTASK_LOAD, "maxOverMean")),
    STATE_SIZE_BYTES("stateSizeBytes", true, w -> engineFigure(w, EngineSummaryKeys.STATE_SIZE_BYTES)),
    CHECKPOINT_DURATION_MS(
            "checkpointDurationMs", true, w -> engineFigure(w, EngineSummaryKeys.CHECKPOINT_DURATION_MS));

    private final String key;
    private final boolean lowerIsBetter;
    private final Function<WorkloadResult, Double> figure;

    ExperimentMetric(String key, boolean lowerIsBetter, Function<WorkloadResult, Double> figure) {
        this.key = key;
        this.lowerIsBetter = lowerIsBetter;
        this.figure = figure;
    }

    /** The name experiment files and result.json use. */
    public String key() {
        return key;
    }

    /** True when a smaller figure is the better one (latency, cost); false for throughput. */
    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** True for the capacity, which a capacity search finds rather than a fixed-rate workload. */
    public boolean isCapacity() {
        return this == CAPACITY_EVENTS_PER_SEC;
    }

    /** This metric's figure of one workload, null when it could not be taken (always for the capacity). */
    public Double of(WorkloadResult workload) {
        return figure.apply(workload);
    }

    /** @throws IllegalArgumentException naming the known metrics */
    public static ExperimentMetric byKey(String key) {
        return Arrays.stream(values())
                .filter(m -> m.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown metric '" + key + "' (known: "
                        + Arrays.stream(values()).map(ExperimentMetric::key).collect(Collectors.joining(", "))
                        + ")"));
    }

    private static Double latency(LatencySummary summary, Function<LatencySummary, Double> percentile) {
        return summary == null ? null : percentile.apply(summary);
    }

    /** A number in the engine's summary at {@code key} (then {@code path} inside it); null when absent. */
    private static Double engineFigure(WorkloadResult w, String key, String... path) {
        if (w.engineMetrics() == null || w.engineMetrics().summary() == null) {
            return null;
        }
        JsonNode node = w.engineMetrics().summary().get(key);
        for (String field : path) {
            node = node == null ? null : node.get(field);
        }
        return node != null && node.isNumber() ? node.doubleValue() : null;
    }

    private static Double cost(WorkloadResult w, Function<Cost, Double> part) {
        return w.cost() == null ? null : part.apply(w.cost());
    }
}
