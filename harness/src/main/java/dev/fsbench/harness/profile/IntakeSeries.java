package dev.fsbench.harness.profile;

import dev.fsbench.api.MetricSink;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.SeriesPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The engine's intake per second ({@code intake.eventsPerSecond}), from the running total of events it took from
 * the input topic ({@link MetricSink#INTAKE_EVENTS_TOTAL}), which each engine reports at its own pace (every
 * second, or once per batch). The total is interpolated linearly onto whole wall-clock seconds, so a batch's
 * events are spread over the time since the engine's previous report; a total that drops (a restarted engine
 * counting from 0 again) continues from where it was. Each point is {@code [second's start, events taken in
 * that second]}, like {@code throughputOverTime}.
 */
public final class IntakeSeries {

    public static final String NAME = "intake.eventsPerSecond";

    private IntakeSeries() {}

    /** The per-second series, if the engine reported its intake at least twice. */
    public static Optional<EngineMetrics.Series> derive(List<EngineMetrics.Series> series) {
        List<SeriesPoint> totals = series.stream()
                .filter(s -> MetricSink.INTAKE_EVENTS_TOTAL.equals(s.name()))
                .flatMap(s -> s.points().stream())
                .sorted(Comparator.comparingLong(SeriesPoint::t))
                .toList();
        List<SeriesPoint> perSecond = perSecond(continuous(totals));
        return perSecond.isEmpty()
                ? Optional.empty()
                : Optional.of(new EngineMetrics.Series(NAME, java.util.Map.of(), perSecond));
    }

    /** Per whole second between the first and the last report: the interpolated total's growth in it. */
    static List<SeriesPoint> perSecond(List<SeriesPoint> totals) {
        List<SeriesPoint> points = new ArrayList<>();
        if (totals.size() < 2) {
            return points;
        }
        long last = totals.get(totals.size() - 1).t();
        for (long second = ceilToSecond(totals.get(0).t()); second + 1000 <= last; second += 1000) {
            double taken = totalAt(totals, second + 1000) - totalAt(totals, second);
            points.add(new SeriesPoint(second, Math.max(0, taken)));
        }
        return points;
    }

    /** A total that never drops: after a restart (a smaller value) the new count is added to the old one. */
    static List<SeriesPoint> continuous(List<SeriesPoint> totals) {
        List<SeriesPoint> out = new ArrayList<>();
        double offset = 0;
        double previous = 0;
        for (SeriesPoint p : totals) {
            double v = p.v().doubleValue();
            if (v < previous) {
                offset += previous;
            }
            previous = v;
            out.add(new SeriesPoint(p.t(), v + offset));
        }
        return out;
    }

    private static double totalAt(List<SeriesPoint> totals, long t) {
        SeriesPoint before = totals.get(0);
        for (SeriesPoint p : totals) {
            if (p.t() >= t) {
                if (p.t() == before.t()) {
                    return p.v().doubleValue();
                }
                double share = (double) (t - before.t()) / (p.t() - before.t());
                return before.v().doubleValue()
                        + share * (p.v().doubleValue() - before.v().doubleValue());
            }
            before = p;
        }
        return before.v().doubleValue();
    }

    private static long ceilToSecond(long epochMs) {
        return Math.floorDiv(epochMs + 999, 1000) * 1000;
    }
}
