package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The machine's load around one workload: a figure taken while something else competes for the cores measures the
 * contention, not the engine. What competes is measured as foreign CPU: the machine's busy CPU (Linux /proc/stat)
 * minus the CPU of the run's own processes (the harness, its engine and broker JVMs). The load averages (Linux's
 * 1-minute figure, {@code /proc/loadavg}) are kept as information only: they include the run itself (its generator,
 * broker and engine, and the previous workload of the same run, which the 1-minute average still carries).
 *
 * @param cores                 the cores the machine offers the run
 * @param loadBefore            the 1-minute load average just before the workload started its engine
 * @param loadDuringMean        the mean 1-minute load average sampled over the measured phase (null if not sampled)
 * @param loadDuringMax         the highest 1-minute load average sampled over the measured phase (null if not
 *                              sampled)
 * @param foreignCpuCoresBefore the cores other processes used, on average, over a 1-second window just before the
 *                              engine started (1.0 = one core busy); null where /proc cannot be read
 * @param foreignCpuCoresDuring the cores other processes used, on average, over the measured phase; null where it
 *                              was not sampled or /proc cannot be read
 * @param contended             true when foreign CPU before or during the workload exceeded
 *                              {@link #CONTENDED_FOREIGN_CPU_CORES}: the workload's figures are flagged and the run
 *                              is never a regression-gate baseline. Before this was measured (results written
 *                              without the foreign figures), it meant a load before above the core count
 */
public record MachineLoad(
        int cores,
        double loadBefore,
        Double loadDuringMean,
        Double loadDuringMax,
        Double foreignCpuCoresBefore,
        Double foreignCpuCoresDuring,
        boolean contended) {

    /**
     * Foreign CPU above this mean (in cores) marks a workload contended. Before the engine starts a CPU-bound
     * competitor takes a whole core; during a workload that keeps every core busy it gets only its fair share, about
     * cores / (the run's runnable threads + 1), some 0.4-0.5 of a core on 2 cores at the run's load of 4: the limit sits
     * well below that, and above the kernel's and the daemons' background (hundredths of a core on a quiet machine).
     */
    public static final double CONTENDED_FOREIGN_CPU_CORES = 0.25;

    /** Load averages only, without foreign CPU (as results and tests written before it was measured). */
    public MachineLoad(int cores, double loadBefore, Double loadDuringMean, Double loadDuringMax, boolean contended) {
        this(cores, loadBefore, loadDuringMean, loadDuringMax, null, null, contended);
    }

    /**
     * True for results written before foreign CPU was measured: their {@code contended} was judged by the load
     * average before the workload, and must be worded so.
     */
    @JsonIgnore
    public boolean judgedByLoadAverage() {
        return foreignCpuCoresBefore == null && foreignCpuCoresDuring == null;
    }

    /** Whether foreign CPU of {@code foreignCpuCores} (null = unknown) marks a workload contended. */
    public static boolean contends(Double foreignCpuCores) {
        return foreignCpuCores != null && foreignCpuCores > CONTENDED_FOREIGN_CPU_CORES;
    }
}
