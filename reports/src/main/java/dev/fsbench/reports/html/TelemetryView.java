package dev.fsbench.reports.html;

import dev.fsbench.results.CpuFigures;
import dev.fsbench.results.GcFigures;
import dev.fsbench.results.TelemetryInfo;
import dev.fsbench.results.TelemetrySeries;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap, GC pauses and CPU of one JVM (an engine, or the harness itself), as the telemetry macro shows them.
 *
 * @param status OK, MISSING or DISABLED; null when the result has figures but no telemetry section
 * @param charts ids of the heap/GC and CPU charts
 */
record TelemetryView(GcFigures gc, CpuFigures cpu, String status, String reason, List<String> charts) {

    private static final double MIB = 1024.0 * 1024.0;

    /** Null when the JVM has no telemetry at all. */
    static TelemetryView of(
            String title, GcFigures gc, CpuFigures cpu, TelemetryInfo telemetry, TimeAxis time, ChartSpecs charts) {
        if (gc == null && cpu == null && telemetry == null) {
            return null;
        }
        TelemetrySeries series =
                telemetry == null || telemetry.series() == null ? TelemetrySeries.empty() : telemetry.series();
        List<String> ids = new ArrayList<>();
        ChartIds.addIfDrawn(
                ids,
                charts.time(
                        title + ": heap used and GC pauses",
                        "heap MiB",
                        "pause ms",
                        List.of(
                                ChartSpecs.Series.line("heap used (MiB)", time.pairs(series.heapUsedBytes(), 1 / MIB)),
                                new ChartSpecs.Series(
                                        "GC pause (ms)", time.pairs(series.gcPauseMs(), 1), 1, "scatter"))));
        ChartIds.addIfDrawn(
                ids,
                charts.time(
                        title + ": CPU",
                        "% of machine",
                        null,
                        List.of(
                                ChartSpecs.Series.line("process", time.pairs(series.processCpuShare(), 100)),
                                ChartSpecs.Series.line("machine", time.pairs(series.machineCpuShare(), 100)))));
        return new TelemetryView(
                gc,
                cpu,
                telemetry == null || telemetry.status() == null
                        ? null
                        : telemetry.status().name(),
                telemetry == null ? null : telemetry.reason(),
                ids);
    }
}
