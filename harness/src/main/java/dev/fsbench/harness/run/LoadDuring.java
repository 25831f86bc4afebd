package dev.fsbench.harness.run;

/** The 1-minute load average sampled once a second over the measured phase: its mean and its highest value. */
final class LoadDuring {

    private double sum;
    private int samples;
    private double max = Double.NEGATIVE_INFINITY;

    /** One sample; null (no /proc/loadavg) is skipped. */
    synchronized void add(Double loadAverage) {
        if (loadAverage == null) {
            return;
        }
        sum += loadAverage;
        samples++;
        max = Math.max(max, loadAverage);
    }

    /** Null before the first sample. */
    synchronized Double mean() {
        return samples == 0 ? null : sum / samples;
    }

    /** Null before the first sample. */
    synchronized Double max() {
        return samples == 0 ? null : max;
    }
}
