package dev.fsbench.harness.run;

import dev.fsbench.results.MachineLoad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's size and load at one moment: for the cost section, and before a workload starts for its
 * {@link MachineLoad} record.
 *
 * @param cores           the cores the harness sees: JFR's CPU shares are shares of these
 * @param loadAverage1m   the 1-minute load average from /proc/loadavg; null where there is none (not Linux)
 * @param foreignCpuCores the cores other processes than the run's own used over {@link #FOREIGN_WINDOW_MS} before
 *                        this sample ({@link CpuTimes}); null where not measured or /proc cannot be read
 */
record MachineSample(int cores, Double loadAverage1m, Double foreignCpuCores) {

    private static final Path LOADAVG = Path.of("/proc/loadavg");

    /** Long enough for a few hundred clock ticks on each core; short beside the engine's start. */
    static final long FOREIGN_WINDOW_MS = 1_000;

    /** Size and load average only, no foreign CPU. */
    MachineSample(int cores, Double loadAverage1m) {
        this(cores, loadAverage1m, null);
    }

    static MachineSample now() {
        return new MachineSample(Runtime.getRuntime().availableProcessors(), loadAverage(LOADAVG));
    }

    /** Size, load average and the foreign CPU of the next {@link #FOREIGN_WINDOW_MS}: takes that long. */
    static MachineSample beforeWorkload() {
        Double foreign = null;
        CpuTimes start = CpuTimes.now();
        if (start != null) {
            try {
                Thread.sleep(FOREIGN_WINDOW_MS);
                CpuTimes end = CpuTimes.now();
                foreign = end == null ? null : end.since(start).foreignCores();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // shutting down: the workload will not run anyway
            }
        }
        return new MachineSample(Runtime.getRuntime().availableProcessors(), loadAverage(LOADAVG), foreign);
    }

    /** The 1-minute load average now; null where there is none. */
    static Double loadAverageNow() {
        return loadAverage(LOADAVG);
    }

    /** The first field of a /proc/loadavg text ("0.52 0.58 0.59 1/467 12345"); null if unreadable. */
    static Double loadAverage(Path file) {
        try {
            String[] fields = Files.readString(file).trim().split("\\s+");
            return Double.parseDouble(fields[0]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The workload's machine load with this sample taken before it: contended when other processes used more than
     * {@link MachineLoad#CONTENDED_FOREIGN_CPU_CORES} before or during it. The load averages are not judged: they
     * include the run's own processes. Null when the load is unknown (no /proc/loadavg).
     */
    MachineLoad before(LoadDuring during) {
        if (loadAverage1m == null) {
            return null;
        }
        Double foreignDuring = during == null ? null : during.foreignCpuCores();
        return new MachineLoad(
                cores,
                loadAverage1m,
                during == null ? null : round(during.mean()),
                during == null ? null : round(during.max()),
                round(foreignCpuCores),
                round(foreignDuring),
                MachineLoad.contends(foreignCpuCores) || MachineLoad.contends(foreignDuring));
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
