package dev.fsbench.results;

/**
 * CPU in the measured window from JFR's once-a-second {@code jdk.CPULoad}, as shares of all cores (1.0 = every
 * core busy). Null when no sample fell in the window (a window shorter than a second).
 *
 * @param processCpuShareMean mean of the JVM's user + system share
 * @param processCpuShareMax  its highest one-second value
 * @param machineCpuShareMean mean of the machine's total share (everything running, this JVM included)
 * @param samples             one-second samples the figures are based on
 */
public record CpuFigures(
        Double processCpuShareMean, Double processCpuShareMax, Double machineCpuShareMean, int samples) {}
