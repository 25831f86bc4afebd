package dev.fsbench.reports.html;

import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.MachineLoad;
import java.util.Locale;

/** What a workload's figures rest on: how many windows its latency percentiles come from, and the machine's load. */
final class MeasurementBasis {

    private MeasurementBasis() {}

    /**
     * "p99 over 30 windows (12,000 results)": every word of a window closes at the same moment, so the windows,
     * not the results, are the independent observations. Older results (no window count) name the results only.
     */
    static String latency(LatencySummary latency) {
        if (latency == null || latency.count() == 0) {
            return null;
        }
        if (latency.windows() == null) {
            return String.format(Locale.ROOT, "p99 over %,d results (windows not recorded)", latency.count());
        }
        return String.format(Locale.ROOT, "p99 over %,d windows (%,d results)", latency.windows(), latency.count());
    }

    /**
     * The warning for a workload other processes competed with; null when none did (or nothing is known). Results
     * written before foreign CPU was measured were judged by the load before the workload, so they are worded so.
     */
    static String contention(MachineLoad load) {
        if (load == null || !load.contended()) {
            return null;
        }
        if (load.judgedByLoadAverage()) {
            return String.format(
                    Locale.ROOT,
                    "Contended machine: the 1-minute load was %.2f on %d cores before this workload started%s. Its"
                            + " figures measure the contention too, and this run is never a regression-gate baseline.",
                    load.loadBefore(),
                    load.cores(),
                    load.loadDuringMax() == null
                            ? ""
                            : String.format(Locale.ROOT, " (up to %.2f during it)", load.loadDuringMax()));
        }
        return String.format(
                Locale.ROOT,
                "Contended machine: processes other than the run's own used %s of the %d cores before this"
                        + " workload started and %s during it (more than %.2f cores is contended). Its figures"
                        + " measure the contention too, and this run is never a regression-gate baseline.",
                cores(load.foreignCpuCoresBefore()),
                load.cores(),
                cores(load.foreignCpuCoresDuring()),
                MachineLoad.CONTENDED_FOREIGN_CPU_CORES);
    }

    private static String cores(Double value) {
        return value == null ? "an unknown share" : String.format(Locale.ROOT, "%.2f", value);
    }
}
