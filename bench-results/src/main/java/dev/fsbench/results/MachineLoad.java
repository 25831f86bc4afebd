package dev.fsbench.results;

/**
 * The machine's load around one workload: a figure taken while something else competes for the cores measures the
 * contention, not the engine. Load averages are Linux's 1-minute figure ({@code /proc/loadavg}).
 *
 * @param cores          the cores the machine offers the run
 * @param loadBefore     the 1-minute load average just before the workload started its engine
 * @param loadDuringMean the mean 1-minute load average sampled over the measured phase (null if not sampled)
 * @param loadDuringMax  the highest 1-minute load average sampled over the measured phase (null if not sampled)
 * @param contended      true when the machine was busy before the workload started (load above the core count):
 *                       the workload's figures are flagged and the run is never a regression-gate baseline
 */
public record MachineLoad(
        int cores, double loadBefore, Double loadDuringMean, Double loadDuringMax, boolean contended) {}
