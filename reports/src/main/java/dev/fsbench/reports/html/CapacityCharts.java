package dev.fsbench.reports.html;

import dev.fsbench.results.CapacityProbe;
import dev.fsbench.results.CapacityResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Latency against offered rate, one chart per scenario with a capacity search: each engine's p50 (solid) and p99
 * (dashed) per probe in one colour, filled where the probe was sustained and hollow where it was not. Latency on a
 * log scale: an overloaded probe's seconds would otherwise flatten every sustained one.
 */
final class CapacityCharts {
    static final String X_NAME = "offered rate (events/s)";

    private CapacityCharts() {}

    /**
     * @param processingTimeEngines engines whose windows are processing-time windows (DStreams): their series say
     *                              that their latency is from the processing-time window end
     */
    static List<String> of(List<CapacityResult> capacity, Set<String> processingTimeEngines, ChartSpecs charts) {
        Map<String, List<CapacityResult>> byScenario = new LinkedHashMap<>();
        for (CapacityResult c : capacity) {
            byScenario.computeIfAbsent(c.scenario(), k -> new ArrayList<>()).add(c);
        }
        List<String> ids = new ArrayList<>();
        byScenario.forEach((scenario, results) -> {
            List<ChartSpecs.Series> series = new ArrayList<>();
            int group = 0;
            for (CapacityResult c : results) {
                List<CapacityProbe> probes = c.probes().stream()
                        .sorted(Comparator.comparingLong(CapacityProbe::rate))
                        .toList();
                String note = processingTimeEngines.contains(c.engine()) ? " (from processing-time window end)" : "";
                series.add(series(c.engine() + " p50" + note, "line", group, probes, CapacityProbe.ProbeLatency::p50));
                series.add(
                        series(c.engine() + " p99" + note, "dashed", group, probes, CapacityProbe.ProbeLatency::p99));
                group++;
            }
            ChartIds.addIfDrawn(
                    ids,
                    charts.xyLog(
                            scenario + ": latency (append time − window end) against offered rate;"
                                    + " hollow = not sustained",
                            X_NAME,
                            "ms",
                            series));
        });
        return ids;
    }

    /** The probes with that percentile, in rate order; a probe without any window in it has no point. */
    static ChartSpecs.Series series(
            String name,
            String style,
            int group,
            List<CapacityProbe> probes,
            Function<CapacityProbe.ProbeLatency, Double> percentile) {
        List<double[]> points = new ArrayList<>();
        List<Boolean> open = new ArrayList<>();
        for (CapacityProbe p : probes) {
            Double ms = p.latencyMs() == null ? null : percentile.apply(p.latencyMs());
            if (ms != null && Double.isFinite(ms)) {
                points.add(new double[] {p.rate(), ms});
                open.add(!p.sustained());
            }
        }
        return new ChartSpecs.Series(name, points, 0, style, open, group);
    }
}
