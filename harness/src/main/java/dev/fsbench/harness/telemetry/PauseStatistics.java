package dev.fsbench.harness.telemetry;

import java.util.Arrays;

/** Exact statistics of a (small) set of pause durations: a run has hundreds of pauses, not millions. */
final class PauseStatistics {

    private double[] durationsMs = new double[64];
    private int count;

    void add(double durationMs) {
        if (count == durationsMs.length) {
            durationsMs = Arrays.copyOf(durationsMs, count * 2);
        }
        durationsMs[count++] = durationMs;
    }

    int count() {
        return count;
    }

    double totalMs() {
        double total = 0;
        for (int i = 0; i < count; i++) {
            total += durationsMs[i];
        }
        return total;
    }

    /** Null without pauses. */
    Double maxMs() {
        return count == 0 ? null : Arrays.stream(durationsMs, 0, count).max().orElseThrow();
    }

    /** Nearest-rank percentile (0 < percentile <= 100): an observed pause, never an interpolated one. Null without pauses. */
    Double percentileMs(double percentile) {
        if (count == 0) {
            return null;
        }
        double[] sorted = Arrays.copyOf(durationsMs, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)];
    }
}
