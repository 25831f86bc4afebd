package dev.fsbench.harness.run;

/**
 * The machine's load over the measured phase, sampled once a second: the 1-minute load average (its mean and its
 * highest value) and the CPU used by other processes than the run's own (summed over the seconds, so its mean
 * weighs each second by its length).
 */
final class LoadDuring {

    private double sum;
    private int samples;
    private double max = Double.NEGATIVE_INFINITY;
    private CpuTimes.Used cpu = CpuTimes.Used.NONE;

    /** One sample; null (no /proc/loadavg) is skipped. */
    synchronized void add(Double loadAverage) {
        if (loadAverage == null) {
            return;
        }
        sum += loadAverage;
        samples++;
        max = Math.max(max, loadAverage);
    }

    /** The CPU used between two samples; null (no /proc/stat) is skipped. */
    synchronized void add(CpuTimes.Used used) {
        if (used != null) {
            cpu = cpu.plus(used);
        }
    }

    /** Null before the first sample. */
    synchronized Double mean() {
        return samples == 0 ? null : sum / samples;
    }

    /** Null before the first sample. */
    synchronized Double max() {
        return samples == 0 ? null : max;
    }

    /** The mean cores other processes used over the sampled seconds; null before two CPU samples. */
    synchronized Double foreignCpuCores() {
        return cpu.foreignCores();
    }
}
