package dev.fsbench.reports.html;

import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.SeriesPoint;
import dev.fsbench.results.TelemetrySeries;
import dev.fsbench.results.ThroughputPoint;
import dev.fsbench.results.WorkloadResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Puts every time series of one workload on a shared axis of seconds since its first sample, whether the result
 * carries epoch milliseconds or offsets.
 */
final class TimeAxis {
    private final long originMs;

    private TimeAxis(long originMs) {
        this.originMs = originMs;
    }

    static TimeAxis of(WorkloadResult workload) {
        long min = Long.MAX_VALUE;
        for (LatencyInterval p : workload.latencyOverTime()) {
            min = Math.min(min, p.t());
        }
        for (ThroughputPoint p : workload.throughputOverTime()) {
            min = Math.min(min, p.t());
        }
        if (workload.telemetry() != null) {
            min = Math.min(min, firstOf(workload.telemetry().series()));
        }
        if (workload.engineMetrics() != null) {
            for (EngineMetrics.Series series : workload.engineMetrics().series()) {
                min = Math.min(min, firstOf(series.points()));
            }
        }
        return new TimeAxis(min == Long.MAX_VALUE ? 0 : min);
    }

    /** An axis for one JVM's telemetry alone (the harness's). */
    static TimeAxis of(TelemetrySeries series) {
        long min = firstOf(series);
        return new TimeAxis(min == Long.MAX_VALUE ? 0 : min);
    }

    private static long firstOf(TelemetrySeries series) {
        if (series == null) {
            return Long.MAX_VALUE;
        }
        return Stream.of(series.heapUsedBytes(), series.gcPauseMs(), series.processCpuShare(), series.machineCpuShare())
                .mapToLong(TimeAxis::firstOf)
                .min()
                .orElse(Long.MAX_VALUE);
    }

    private static long firstOf(List<SeriesPoint> points) {
        return points.stream().mapToLong(SeriesPoint::t).min().orElse(Long.MAX_VALUE);
    }

    double seconds(long tMs) {
        return (tMs - originMs) / 1000.0;
    }

    /** One figure of the per-second latency, times {@code scale}; seconds without results have no latency. */
    List<double[]> latency(List<LatencyInterval> intervals, ToDoubleFunction<LatencyInterval> figure, double scale) {
        List<double[]> points = new ArrayList<>();
        for (LatencyInterval p : intervals) {
            if (p.count() > 0) {
                points.add(new double[] {seconds(p.t()), figure.applyAsDouble(p) * scale});
            }
        }
        return points;
    }

    /**
     * Per-interval event counts as events per second: each count divided by the gap to the previous sample (the
     * first by the gap to the second), so uneven intervals do not distort the rate. Samples without the figure
     * (null: an older result) have no point.
     */
    List<double[]> rate(List<ThroughputPoint> items, Function<ThroughputPoint, Double> events) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            long t = items.get(i).t();
            long gap = i > 0
                    ? t - items.get(i - 1).t()
                    : items.size() > 1 ? items.get(1).t() - t : 0;
            Double count = events.apply(items.get(i));
            if (gap > 0 && count != null) {
                points.add(new double[] {seconds(t), count * 1000.0 / gap});
            }
        }
        return points;
    }

    /** A level at the end of each sample (e.g. the backlog), as it is; samples without it have no point. */
    List<double[]> level(List<ThroughputPoint> items, Function<ThroughputPoint, Double> value) {
        List<double[]> points = new ArrayList<>();
        for (ThroughputPoint p : items) {
            Double v = value.apply(p);
            if (v != null && Double.isFinite(v)) {
                points.add(new double[] {seconds(p.t()), v});
            }
        }
        return points;
    }

    /**
     * {@code [t, v]} points times {@code scale}, in time order: ECharts joins points in data order, so a series
     * merged from several sources must not depend on its writer having sorted it.
     */
    List<double[]> pairs(List<SeriesPoint> pairs, double scale) {
        List<double[]> points = new ArrayList<>();
        for (SeriesPoint p : pairs) {
            if (p.v() != null) {
                points.add(new double[] {seconds(p.t()), p.v().doubleValue() * scale});
            }
        }
        points.sort(Comparator.comparingDouble(p -> p[0]));
        return points;
    }
}
