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

    /** The warning for a workload that started on a busy machine; null when it did not (or nothing is known). */
    static String contention(MachineLoad load) {
        if (load == null || !load.contended()) {
            return null;
        }
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
}
