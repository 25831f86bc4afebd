package dev.fsbench.harness.telemetry;

import dev.fsbench.results.SeriesPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps chart series small on long runs without hiding what matters: the time axis is cut into buckets and each
 * bucket keeps its lowest and highest point, so the longest pauses and the heap's peaks and troughs survive.
 */
final class SeriesThinning {

    static final int MAX_POINTS = 2000;

    private SeriesThinning() {}

    /** {@code points} in time order; returned unchanged if already short enough. */
    static List<SeriesPoint> thin(List<SeriesPoint> points, int maxPoints) {
        if (points.size() <= maxPoints) {
            return points;
        }
        int buckets = Math.max(1, maxPoints / 2);
        long first = points.get(0).t();
        long span = Math.max(1, points.get(points.size() - 1).t() - first + 1);
        List<SeriesPoint> kept = new ArrayList<>(maxPoints);
        int start = 0;
        while (start < points.size()) {
            long bucket = (points.get(start).t() - first) * buckets / span;
            int end = start;
            while (end < points.size() && (points.get(end).t() - first) * buckets / span == bucket) {
                end++;
            }
            kept.addAll(extremes(points.subList(start, end)));
            start = end;
        }
        return kept;
    }

    private static List<SeriesPoint> extremes(List<SeriesPoint> bucket) {
        Comparator<SeriesPoint> byValue = Comparator.comparingDouble(p -> p.v().doubleValue());
        SeriesPoint low = bucket.stream().min(byValue).orElseThrow();
        SeriesPoint high = bucket.stream().max(byValue).orElseThrow();
        if (low == high) {
            return List.of(low);
        }
        return low.t() <= high.t() ? List.of(low, high) : List.of(high, low);
    }
}
