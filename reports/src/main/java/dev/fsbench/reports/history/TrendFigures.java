package dev.fsbench.reports.history;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.gate.Direction;
import dev.fsbench.reports.gate.MetricKind;
import dev.fsbench.reports.gate.Observation;
import dev.fsbench.results.Cost;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures a run's history is followed by: what depends on the engine (processed throughput, capacity, p50/p99
 * latency, CPU per million events, allocation per event), not what the generator offered (the input rate). Per
 * workload the repeats that passed pool, as in the gate; keys are the gate's ({@code stream/<engine>/<scenario>/
 * <figure>}, {@code capacity/...}), so the gate's verdict on a figure can be shown beside it. Microbenchmark
 * figures follow as the gate extracts them. A figure a result does not have (schema 1: no processed throughput,
 * no cost) is simply absent.
 */
public final class TrendFigures {
    /** The streaming figures followed, in the order a page shows them. */
    public static final List<String> STREAM_FIGURES = List.of(
            "throughput.processedEventsPerSec",
            "latencyMs.p50",
            "latencyMs.p99",
            CostFigure.CPU.path,
            CostFigure.ALLOCATION.path);

    private enum CostFigure {
        CPU(
                "cost.cpuCoreSecondsPerMillionEvents",
                "CPU per million events",
                "core-s/M events",
                Cost::cpuCoreSecondsPerMillionEvents),
        ALLOCATION("cost.allocatedBytesPerEvent", "allocation per event", "B/event", Cost::allocatedBytesPerEvent);

        final String path;
        final String label;
        final String unit;
        final Function<Cost, Double> value;

        CostFigure(String path, String label, String unit, Function<Cost, Double> value) {
            this.path = path;
            this.label = label;
            this.unit = unit;
            this.value = value;
        }
    }

    private TrendFigures() {}

    /** @param gateMetrics the run's metrics as the gate extracts them ({@code MetricExtractor.extract}) */
    public static Map<String, Observation> of(RunRecord run, Map<String, Observation> gateMetrics) {
        Map<String, Observation> figures = new LinkedHashMap<>();
        for (Map.Entry<String, List<WorkloadResult>> workload :
                passedByWorkload(run).entrySet()) {
            String prefix = "stream/" + workload.getKey() + "/";
            Observation status = gateMetrics.get(prefix + "status");
            for (String path : STREAM_FIGURES) {
                Observation o = gateMetrics.get(prefix + path);
                if (o == null) {
                    o = costFigure(prefix, path, workload.getValue(), status);
                }
                if (o != null) {
                    figures.put(o.key(), o);
                }
            }
        }
        gateMetrics.forEach((key, o) -> {
            if (key.startsWith("capacity/") || !key.startsWith("stream/")) {
                figures.put(key, o);
            }
        });
        return figures;
    }

    /** A run taken on a busy machine measured the contention: its figures do not enter change point detection. */
    public static boolean contended(RunRecord run) {
        return run.workloads().stream()
                .anyMatch(w -> w.machineLoad() != null && w.machineLoad().contended());
    }

    private static Observation costFigure(String prefix, String path, List<WorkloadResult> passed, Observation status) {
        for (CostFigure figure : CostFigure.values()) {
            if (!figure.path.equals(path)) {
                continue;
            }
            double[] values = passed.stream()
                    .map(w -> w.cost() == null ? null : figure.value.apply(w.cost()))
                    .filter(v -> v != null && Double.isFinite(v))
                    .mapToDouble(Double::doubleValue)
                    .toArray();
            if (values.length == 0 || status == null) {
                return null;
            }
            double[] noErrors = new double[values.length];
            java.util.Arrays.fill(noErrors, Double.NaN);
            return new Observation(
                    prefix + path,
                    status.group(),
                    figure.label,
                    figure.unit,
                    Direction.LOWER_IS_BETTER,
                    MetricKind.TIMED,
                    values,
                    noErrors,
                    status.configDigest());
        }
        return null;
    }

    /** As the gate pools them: INVALID workloads left out, only repeats that passed are samples. */
    private static Map<String, List<WorkloadResult>> passedByWorkload(RunRecord run) {
        Map<String, List<WorkloadResult>> byWorkload = new LinkedHashMap<>();
        for (WorkloadResult w : run.workloads()) {
            if (w.status() == RunStatus.INVALID) {
                continue;
            }
            List<WorkloadResult> passed =
                    byWorkload.computeIfAbsent(w.engine() + "/" + w.scenario(), k -> new ArrayList<>());
            if (w.verdict().passed()) {
                passed.add(w);
            }
        }
        return byWorkload;
    }
}
