package dev.fsbench.results;

import java.util.List;

/**
 * The time series behind the reports' JVM charts, over the whole recording (warm-up included, so a reader sees
 * it; the figures exclude it). The harness thins each series to a few hundred points.
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
        heapUsedBytes = copy(heapUsedBytes);
        gcPauseMs = copy(gcPauseMs);
        processCpuShare = copy(processCpuShare);
        machineCpuShare = copy(machineCpuShare);
    }

    /** A series an older result lacks reads as empty. */
    private static List<SeriesPoint> copy(List<SeriesPoint> points) {
        return points == null ? List.of() : List.copyOf(points);
    }

    public static TelemetrySeries empty() {
        return new TelemetrySeries(List.of(), List.of(), List.of(), List.of());
    }
}
