package dev.fsbench.harness.telemetry;

import java.util.List;

/**
 * The time series behind the reports' JVM charts, over the whole recording (warm-up included, so a reader sees
 * it; the figures exclude it). Each series is thinned to at most {@link SeriesThinning#MAX_POINTS} points.
 *
 * @param heapUsedBytes   heap used before and after every collection
 * @param gcPauseMs       every stop-the-world pause, at its start
 * @param processCpuShare the JVM's CPU use as a share of all cores (1.0 = every core busy), each second
 * @param machineCpuShare the whole machine's CPU use as a share of all cores, each second
 */
public record TelemetrySeries(
        List<SeriesPoint> heapUsedBytes,
        List<SeriesPoint> gcPauseMs,
        List<SeriesPoint> processCpuShare,
        List<SeriesPoint> machineCpuShare) {
    public TelemetrySeries {
        heapUsedBytes = List.copyOf(heapUsedBytes);
        gcPauseMs = List.copyOf(gcPauseMs);
        processCpuShare = List.copyOf(processCpuShare);
        machineCpuShare = List.copyOf(machineCpuShare);
    }

    public static TelemetrySeries empty() {
        return new TelemetrySeries(List.of(), List.of(), List.of(), List.of());
    }
}
