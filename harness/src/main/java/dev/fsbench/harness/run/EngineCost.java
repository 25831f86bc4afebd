package dev.fsbench.harness.run;

import dev.fsbench.results.Cost;
import dev.fsbench.results.Sustainability;
import dev.fsbench.results.TelemetryResult;
import dev.fsbench.results.Throughput;
import java.util.List;

/**
 * The cost section of a workload: the engine JVM's telemetry over the measured phase (JFR, see
 * {@code RecordingAnalyzer}) per event handled in the same interval. The engine's CPU is all of its CPU, idle
 * polling included: an engine that spins while it waits costs that CPU on a shared machine too.
 *
 * <p>On a standalone cluster the spend is every JVM's of the deployment ({@code processes[]}, summed by
 * {@link ProcessTotals}): the engine JVM there only submits the job.
 *
 * <p>Which events: when the engine sustained the rate it consumed what the generator sent, so the spend is divided
 * by the input rate. The processed rate counts the events of windows delivered inside the phase, which a
 * micro-batch engine delivers in bursts: over 15 s at 50,000 ev/s Structured Streaming delivered 13 to 18 windows'
 * worth (46-64k ev/s) while its CPU stayed within 2 %, so dividing by it made the per-event cost jump by a third
 * between repeats. An engine that fell behind handled only part of the input, so its spend is divided by what it
 * delivered.
 */
public final class EngineCost {

    private EngineCost() {}

    /** The engine's CPU per unit of work: {@code cores} busy while it processed {@code eventsPerSec}. */
    public static double coreSecondsPerMillionEvents(double cores, double eventsPerSec) {
        return cores / eventsPerSec * 1e6;
    }

    /**
     * @param throughput  the input and processed rates over the measured phase
     * @param sustainable the sustain verdict, null when the workload was not judged
     * @return null without telemetry figures
     */
    static Cost of(
            TelemetryResult telemetry,
            Throughput throughput,
            Sustainability sustainable,
            MachineSample machine,
            String cpuPinning) {
        if (telemetry == null || (telemetry.cpu() == null && telemetry.gc() == null)) {
            return null;
        }
        return of(ProcessTotals.of(telemetry, List.of()), throughput, sustainable, machine, cpuPinning);
    }

    /**
     * The cost of a whole deployment: {@code totals} sums every JVM of it ({@link ProcessTotals}), so a standalone
     * cluster's TaskManagers or executors count, not only the engine JVM that submitted the job.
     *
     * @return null without telemetry figures
     */
    static Cost of(
            ProcessTotals totals,
            Throughput throughput,
            Sustainability sustainable,
            MachineSample machine,
            String cpuPinning) {
        if (totals.empty()) {
            return null;
        }
        boolean keptUp = sustainable != null && sustainable.sustained();
        String basis = keptUp ? Cost.INPUT_BASIS : Cost.PROCESSED_BASIS;
        Double eventsPerSec =
                keptUp ? Double.valueOf(throughput.inputEventsPerSec()) : throughput.processedEventsPerSec();
        boolean processed = eventsPerSec != null && eventsPerSec > 0;
        Double cores = totals.cpuShare() == null || machine == null ? null : totals.cpuShare() * machine.cores();
        Double allocated = totals.allocatedBytesPerSec();
        return new Cost(
                cores == null || !processed ? null : round(coreSecondsPerMillionEvents(cores, eventsPerSec)),
                cores == null ? null : round(cores),
                allocated == null || !processed ? null : round(allocated / eventsPerSec),
                totals.gcTimeShare(),
                totals.heapAfterGcMaxBytes(),
                totals.machineCpuShare(),
                machine == null ? null : machine.loadAverage1m(),
                cpuPinning,
                processed ? basis : null);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
