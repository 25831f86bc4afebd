package dev.fsbench.harness.run;

import dev.fsbench.results.Cost;
import dev.fsbench.results.CpuFigures;
import dev.fsbench.results.GcFigures;
import dev.fsbench.results.TelemetryResult;

/**
 * The cost section of a workload: the engine JVM's telemetry over the measured phase (JFR, see
 * {@code RecordingAnalyzer}) per event processed in the same interval. The engine's CPU is all of its CPU, idle
 * polling included: an engine that spins while it waits costs that CPU on a shared machine too.
 */
public final class EngineCost {

    private EngineCost() {}

    /** The engine's CPU per unit of work: {@code cores} busy while it processed {@code eventsPerSec}. */
    public static double coreSecondsPerMillionEvents(double cores, double eventsPerSec) {
        return cores / eventsPerSec * 1e6;
    }

    /**
     * @param processedEventsPerSec the engine's processed rate over the measured phase (null: none measured)
     * @return null without telemetry figures
     */
    static Cost of(TelemetryResult telemetry, Double processedEventsPerSec, MachineSample machine, String cpuPinning) {
        if (telemetry == null || (telemetry.cpu() == null && telemetry.gc() == null)) {
            return null;
        }
        CpuFigures cpu = telemetry.cpu();
        GcFigures gc = telemetry.gc();
        boolean processed = processedEventsPerSec != null && processedEventsPerSec > 0;
        Double cores = cpu == null || cpu.processCpuShareMean() == null || machine == null
                ? null
                : cpu.processCpuShareMean() * machine.cores();
        return new Cost(
                cores == null || !processed ? null : round(coreSecondsPerMillionEvents(cores, processedEventsPerSec)),
                cores == null ? null : round(cores),
                gc == null || !processed ? null : round(gc.allocatedBytesPerSec() / processedEventsPerSec),
                gc == null ? null : gc.gcTimeShare(),
                gc == null ? null : gc.heapUsedAfterGcMaxBytes(),
                cpu == null ? null : cpu.machineCpuShareMean(),
                machine == null ? null : machine.loadAverage1m(),
                cpuPinning);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
