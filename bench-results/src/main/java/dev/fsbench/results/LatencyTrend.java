package dev.fsbench.results;

import java.util.Arrays;
import java.util.List;

/**
 * Whether latency stayed flat through the measured phase: the median of the per-second p99 over the last third
 * against the first third. An engine that cannot keep up builds a backlog, and its latency grows steadily;
 * one that keeps up only jitters. "Sustainable" at a rate = rate kept, every window verified, latency flat.
 *
 * @param growthMs last-third median p99 minus first-third median p99
 */
public record LatencyTrend(double firstThirdP99Ms, double lastThirdP99Ms, double growthMs, boolean flat) {

    /** Growth allowed before latency counts as rising: half the starting level, and at least this much. */
    static final double MIN_TOLERANCE_MS = 100;

    public static LatencyTrend of(List<LatencyInterval> intervals) {
        double[] p99s = intervals.stream()
                .filter(i -> i.count() > 0)
                .mapToDouble(LatencyInterval::p99)
                .toArray();
        if (p99s.length < 6) {
            return null;
        }
        int third = p99s.length / 3;
        double first = median(Arrays.copyOfRange(p99s, 0, third));
        double last = median(Arrays.copyOfRange(p99s, p99s.length - third, p99s.length));
        double growth = last - first;
        return new LatencyTrend(first, last, growth, growth <= Math.max(MIN_TOLERANCE_MS, first / 2));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
