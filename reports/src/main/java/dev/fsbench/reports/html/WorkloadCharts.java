package dev.fsbench.reports.html;

import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.RecoveryResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.ThroughputPoint;
import dev.fsbench.results.WorkloadResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The charts of the streaming workloads: all workloads together, and each one's own. */
final class WorkloadCharts {
    /** More lines than this make a chart unreadable (per-subtask metrics at high parallelism). */
    private static final int MAX_SERIES_PER_CHART = 12;
    /** Charts overlaying every workload name both latency definitions. */
    static final String ALL_DEFINITIONS = "append time − window end (DStreams: processing-time)";

    private WorkloadCharts() {}

    /** Latency by percentile, p99 over time and output over time, one line per workload. */
    static List<String> overview(List<WorkloadView> views, ChartSpecs charts) {
        List<ChartSpecs.Series> nines = new ArrayList<>();
        List<ChartSpecs.Series> p99 = new ArrayList<>();
        List<ChartSpecs.Series> output = new ArrayList<>();
        for (WorkloadView view : views) {
            WorkloadResult w = view.raw();
            TimeAxis time = TimeAxis.of(w);
            String name = chartTitle(view.title(), w);
            nines.add(ChartSpecs.Series.line(name, percentilePoints(w.latencyMs())));
            p99.add(ChartSpecs.Series.line(name, time.latency(w.latencyOverTime(), LatencyInterval::p99, 1)));
            output.add(
                    ChartSpecs.Series.line(name, time.rate(w.throughputOverTime(), ThroughputPoint::processedEvents)));
        }
        List<String> ids = new ArrayList<>();
        ChartIds.addIfDrawn(ids, charts.nines("Latency by percentile: " + ALL_DEFINITIONS, "ms", nines));
        ChartIds.addIfDrawn(ids, charts.time("Latency p99 over time: " + ALL_DEFINITIONS, "ms", null, p99));
        ChartIds.addIfDrawn(ids, charts.time("Processed throughput over time", "events/s", null, output));
        return ids;
    }

    /** An INVALID workload's charts and series say that its timings do not count. */
    static String chartTitle(String title, WorkloadResult w) {
        return w.status() == RunStatus.INVALID ? title + " (INVALID: does not count)" : title;
    }

    /** One workload's latency and throughput over time, and its engine's metrics. */
    static List<String> of(String workloadTitle, WorkloadResult w, TimeAxis time, ChartSpecs charts) {
        String title = chartTitle(workloadTitle, w);
        List<String> ids = new ArrayList<>();
        List<LatencyInterval> latency = w.latencyOverTime();
        ChartIds.addIfDrawn(
                ids,
                charts.time(
                        title + ": latency over time, "
                                + LatencyDefinition.of(w).text(),
                        "ms",
                        null,
                        withFaultMarks(
                                List.of(
                                        ChartSpecs.Series.line("p50", time.latency(latency, LatencyInterval::p50, 1)),
                                        ChartSpecs.Series.line("p99", time.latency(latency, LatencyInterval::p99, 1)),
                                        ChartSpecs.Series.line("max", time.latency(latency, LatencyInterval::max, 1))),
                                w,
                                time)));
        ids.addAll(RateProfileCharts.of(title, w, time, charts));
        List<ThroughputPoint> throughput = w.throughputOverTime();
        ChartIds.addIfDrawn(
                ids,
                charts.time(
                        title + ": throughput and backlog over time",
                        "events/s",
                        "backlog events",
                        List.of(
                                ChartSpecs.Series.line("input", time.rate(throughput, ThroughputPoint::inputEvents)),
                                ChartSpecs.Series.line(
                                        "processed", time.rate(throughput, ThroughputPoint::processedEvents)),
                                new ChartSpecs.Series(
                                        "backlog",
                                        time.level(throughput, ThroughputPoint::backlogEvents),
                                        1,
                                        "dashed"))));
        ChartIds.addIfDrawn(
                ids,
                charts.time(
                        title + ": generator schedule lag",
                        "ms",
                        null,
                        List.of(ChartSpecs.Series.line(
                                "worst lag in the second", time.level(throughput, ThroughputPoint::scheduleLagMs)))));
        if (w.engineMetrics() != null) {
            engineMetricCharts(title, w.engineMetrics().series(), time, charts, ids);
        }
        ChartIds.addIfDrawn(ids, SubtaskLoad.chart(title, w, charts));
        return ids;
    }

    /**
     * One dashed vertical line per injected fault (recovery[]), from 0 to the highest latency drawn, named after
     * the fault, so the latency it cost is seen where it struck.
     */
    static List<ChartSpecs.Series> withFaultMarks(List<ChartSpecs.Series> lines, WorkloadResult w, TimeAxis time) {
        if (w.recovery().isEmpty() || w.generator() == null) {
            return lines;
        }
        double top = lines.stream()
                .flatMap(series -> series.points().stream())
                .mapToDouble(point -> point[1])
                .max()
                .orElse(0);
        List<ChartSpecs.Series> marked = new ArrayList<>(lines);
        for (RecoveryResult fault : w.recovery()) {
            double x = time.seconds(w.generator().measureStartEpochMs() + fault.atMs());
            marked.add(new ChartSpecs.Series(
                    fault.fault() + " at " + fault.atMs() / 1000.0 + " s",
                    List.of(new double[] {x, 0}, new double[] {x, top}),
                    0,
                    "dashed"));
        }
        return marked;
    }

    private static void engineMetricCharts(
            String title, List<EngineMetrics.Series> seriesList, TimeAxis time, ChartSpecs charts, List<String> ids) {
        Map<String, List<ChartSpecs.Series>> byName = new TreeMap<>();
        Map<String, Integer> totals = new HashMap<>();
        for (EngineMetrics.Series s : seriesList) {
            if (s.name() == null) {
                continue;
            }
            totals.merge(s.name(), 1, Integer::sum);
            List<ChartSpecs.Series> lines = byName.computeIfAbsent(s.name(), k -> new ArrayList<>());
            if (lines.size() < MAX_SERIES_PER_CHART) {
                lines.add(ChartSpecs.Series.line(tagsLabel(s.tags(), s.name()), time.pairs(s.points(), 1)));
            }
        }
        byName.forEach((name, lines) -> {
            int total = totals.get(name);
            String suffix = total > lines.size() ? " (first " + lines.size() + " of " + total + " series)" : "";
            ChartIds.addIfDrawn(ids, charts.time(title + ": " + name + suffix, "", null, lines));
        });
    }

    /** Percentile points for the nines axis: x = 1/(1-p). Accepts percentiles as 0..1 or 0..100. */
    static List<double[]> percentilePoints(LatencySummary latency) {
        if (latency == null || latency.percentiles() == null) {
            return List.of();
        }
        List<LatencySummary.PercentilePoint> percentiles = latency.percentiles();
        double scale = percentiles.stream().anyMatch(p -> p.percentile() > 1.0) ? 100 : 1;
        List<double[]> points = new ArrayList<>();
        for (LatencySummary.PercentilePoint p : percentiles) {
            double q = p.percentile() / scale;
            if (q < 1.0 && q >= 0) {
                points.add(new double[] {1 / (1 - q), p.valueMs()});
            }
        }
        return points;
    }

    private static String tagsLabel(Map<String, String> tags, String fallback) {
        if (tags == null || tags.isEmpty()) {
            return fallback;
        }
        return new TreeMap<>(tags)
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
