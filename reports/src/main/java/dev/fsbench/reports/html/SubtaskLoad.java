package dev.fsbench.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.reports.gate.Format;
import dev.fsbench.results.WorkloadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The records each parallel instance of the window (counting) operator took in, from the engine summary's
 * {@code windowSubtaskLoad} = {@code {vertex, recordsInPerSubtask: [...], maxOverMean}} (Flink: per subtask of the
 * window vertex; Spark: per task of the counting stage). Read leniently: a summary without the key, or with it in
 * another shape, has no load.
 *
 * @param vertex      the operator or stage the counts are of; "?" when the summary does not name it
 * @param recordsIn   records in per subtask, in subtask order
 * @param maxOverMean the busiest subtask's count over the mean (1 = even); null when not given
 */
record SubtaskLoad(String vertex, List<Double> recordsIn, Double maxOverMean) {
    static final String KEY = "windowSubtaskLoad";

    /** Null when the workload's engine summary has no per-subtask load. */
    static SubtaskLoad of(WorkloadResult w) {
        if (w == null || w.engineMetrics() == null || w.engineMetrics().summary() == null) {
            return null;
        }
        JsonNode load = w.engineMetrics().summary().get(KEY);
        if (load == null || !load.path("recordsInPerSubtask").isArray()) {
            return null;
        }
        List<Double> records = new ArrayList<>();
        for (JsonNode n : load.path("recordsInPerSubtask")) {
            if (!n.isNumber()) {
                return null;
            }
            records.add(n.asDouble());
        }
        if (records.isEmpty()) {
            return null;
        }
        JsonNode ratio = load.path("maxOverMean");
        JsonNode vertex = load.path("vertex");
        return new SubtaskLoad(
                vertex.isTextual() ? vertex.asText() : "?", records, ratio.isNumber() ? ratio.asDouble() : null);
    }

    /** "subtask 0", "subtask 1", ...: the bars' categories. */
    static List<String> subtasks(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("subtask " + i);
        }
        return names;
    }

    /** One workload's load as bars; null (no chart) without a load. */
    static String chart(String workloadTitle, WorkloadResult w, ChartSpecs charts) {
        SubtaskLoad load = of(w);
        if (load == null) {
            return null;
        }
        return charts.bars(
                workloadTitle + ": records in per subtask of " + load.vertex()
                        + (load.maxOverMean() == null ? "" : ", max/mean " + Format.number(load.maxOverMean())),
                "records",
                subtasks(load.recordsIn().size()),
                load.recordsIn(),
                load.recordsIn().stream().map(r -> (Double) null).toList());
    }
}
