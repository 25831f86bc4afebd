package dev.fsbench.harness.run;

import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.MachineLoad;
import dev.fsbench.results.RecoveryResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.Throughput;
import dev.fsbench.results.Verification;
import dev.fsbench.results.WorkloadResult;
import java.util.Locale;

/** The console lines that sum up one finished workload, so a reader sees its outcome without opening the result. */
final class WorkloadSummary {

    private WorkloadSummary() {}

    static void print(Console console, WorkloadResult result) {
        Verification v = result.verification();
        LatencySummary latency = result.latencyMs();
        Throughput throughput = result.throughput();
        console.info(
                "[%s/%s] %s: verification %s (%s), input %,.0f ev/s, processed %s ev/s,"
                        + " sustained %s, latency p50 %s p99 %s max %s ms%s",
                result.engine(),
                result.scenario(),
                result.status(),
                v.verified() ? "passed" : "FAILED",
                checked(v),
                throughput.inputEventsPerSec(),
                throughput.processedEventsPerSec() == null
                        ? "-"
                        : String.format("%,.0f", throughput.processedEventsPerSec()),
                sustainedText(result),
                latency.p50(),
                latency.p99(),
                latency.max(),
                latency.windows() == null ? "" : String.format(" over %,d windows", latency.windows()));
        if (result.failureReason() != null) {
            console.warn("[" + result.engine() + "/" + result.scenario() + "] " + result.failureReason());
        }
        if (result.sustainable() != null && !result.sustainable().sustained()) {
            console.info(
                    "[%s/%s] not sustained: %s",
                    result.engine(),
                    result.scenario(),
                    String.join("; ", result.sustainable().reasons()));
        }
        for (RecoveryResult fault : result.recovery()) {
            console.info(
                    "[%s/%s] fault %s at %,d ms: %s, backlog peak %,d events, latency peak %s ms, %,d windows"
                            + " missing, %,d duplicated (%s)",
                    result.engine(),
                    result.scenario(),
                    fault.fault(),
                    fault.atMs(),
                    fault.recoveryMs() == null
                            ? "no recovery time"
                            : String.format("recovered in %,d ms", fault.recoveryMs()),
                    fault.backlogPeakEvents(),
                    fault.latencyPeakMs() == null ? "-" : String.format("%,d", fault.latencyPeakMs()),
                    fault.windowsMissing(),
                    fault.windowsDuplicated(),
                    fault.detail());
        }
        if (result.machineLoad() != null && result.machineLoad().contended()) {
            console.warn("[" + result.engine() + "/" + result.scenario() + "] " + contention(result.machineLoad()));
        }
    }

    /** The warning for a workload that other processes competed with for the cores. */
    static String contention(MachineLoad load) {
        return String.format(
                Locale.ROOT,
                "CONTENDED: other processes than the run's own used %s cores before the workload and %s during it"
                        + " (limit %.2f, %d cores): its figures measure the contention too, and the run is no"
                        + " regression-gate baseline",
                cores(load.foreignCpuCoresBefore()),
                cores(load.foreignCpuCoresDuring()),
                MachineLoad.CONTENDED_FOREIGN_CPU_CORES,
                load.cores());
    }

    private static String cores(Double value) {
        return value == null ? "?" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** What the verification checked, in its mode's terms. */
    private static String checked(Verification v) {
        if (Verification.CONSERVATION.equals(v.mode())) {
            return String.format(
                    "conservation: %s words miscounted, %s windows off grid, %,d duplicated, %,d unexpected words",
                    v.wordsMiscounted() == null ? "-" : String.format("%,d", v.wordsMiscounted()),
                    v.windowsOffGrid() == null ? "-" : String.format("%,d", v.windowsOffGrid()),
                    v.windowsDuplicated(),
                    v.windowsUnexpected());
        }
        return String.format(
                "%,d/%,d windows correct%s",
                v.windowsCorrect(),
                v.windowsExpected(),
                v.windowsUndelivered() > 0 ? String.format(", %,d undelivered", v.windowsUndelivered()) : "");
    }

    /** "yes", "NO", or why there is no verdict (INVALID: the generator fell behind; a failed workload). */
    private static String sustainedText(WorkloadResult result) {
        if (result.sustainable() != null) {
            return result.sustainable().sustained() ? "yes" : "NO";
        }
        return result.status() == RunStatus.INVALID ? "- (INVALID: the generator fell behind)" : "-";
    }
}
