package dev.fsbench.reports.gate;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.results.MachineLoad;
import dev.fsbench.results.WorkloadResult;
import java.util.List;
import java.util.Locale;

/**
 * Whether a run was taken on a contended machine ({@code machineLoad.contended} on any workload): such a run's
 * figures measure the contention, so it is never a baseline. Results without the field (schema 1-2) are usable.
 */
final class Contention {
    private Contention() {}

    /** What was contended, in words; null when no workload says it was. */
    static String of(RunRecord run) {
        for (WorkloadResult w : run.workloads()) {
            MachineLoad load = w.machineLoad();
            if (load != null && load.contended()) {
                if (load.judgedByLoadAverage()) {
                    return String.format(
                            Locale.ROOT,
                            "%s started at load %.2f on %d cores",
                            w.name(),
                            load.loadBefore(),
                            load.cores());
                }
                return String.format(
                        Locale.ROOT,
                        "other processes used %s cores before %s and %s during it, on %d cores",
                        cores(load.foreignCpuCoresBefore()),
                        w.name(),
                        cores(load.foreignCpuCoresDuring()),
                        load.cores());
            }
        }
        return null;
    }

    private static String cores(Double value) {
        return value == null ? "?" : String.format(Locale.ROOT, "%.2f", value);
    }

    static List<String> currentNote(RunRecord current) {
        String contention = of(current);
        return contention == null
                ? List.of()
                : List.of("the current run " + current.runId() + " ran on a contended machine (" + contention
                        + "): a regression may be the contention; repeat on a quiet machine");
    }
}
