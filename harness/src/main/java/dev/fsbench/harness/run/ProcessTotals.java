package dev.fsbench.harness.run;

import dev.fsbench.results.CpuFigures;
import dev.fsbench.results.GcFigures;
import dev.fsbench.results.ProcessFigures;
import dev.fsbench.results.TelemetryResult;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a workload's whole deployment spent over the measured phase, for the cost figures: on a standalone cluster
 * the work happens in the TaskManagers or executors, not in the engine JVM that submitted it, so CPU and
 * allocation are summed over every JVM measured ({@code processes[]}). GC's time share and the heap after GC are
 * the worst JVM's (a pause stalls the pipeline in whichever JVM it happens); the machine's CPU share is the same
 * in every recording and taken from the first that has one. In local mode the one JVM's figures are its own.
 *
 * <p>A JVM that ran through only part of the phase (a worker a fault killed, its replacement) has its figures
 * averaged over that part; it counts in proportion to it ({@link MeasuredJvm#phaseShare()}), so its core-seconds are
 * added, not its share as if it had run throughout.
 *
 * @param cpuShare             summed mean CPU share of all cores (1.0 = every core busy); null without samples
 * @param allocatedBytesPerSec summed allocation rate; null without GC figures
 * @param gcTimeShare          the highest GC pause share of any JVM; null without GC figures
 * @param heapAfterGcMaxBytes  the highest heap after GC of any JVM; null if none collected
 * @param machineCpuShare      the machine's mean CPU share; null without samples
 */
record ProcessTotals(
        Double cpuShare,
        Double allocatedBytesPerSec,
        Double gcTimeShare,
        Long heapAfterGcMaxBytes,
        Double machineCpuShare) {

    /** The totals of {@code processes}; of the engine JVM's {@code telemetry} if none were measured. */
    static ProcessTotals of(TelemetryResult telemetry, List<MeasuredJvm> processes) {
        if (processes.isEmpty()) {
            return telemetry == null
                    ? none()
                    : of(List.of(MeasuredJvm.throughout(
                            new ProcessFigures("engine", "engine", 0, telemetry.gc(), telemetry.cpu(), null))));
        }
        return of(processes);
    }

    static ProcessTotals of(List<MeasuredJvm> measured) {
        List<ProcessFigures> processes =
                measured.stream().map(MeasuredJvm::figures).toList();
        List<CpuFigures> cpu = present(processes, ProcessFigures::cpu).stream()
                .filter(c -> c.processCpuShareMean() != null)
                .toList();
        List<GcFigures> gc = present(processes, ProcessFigures::gc);
        return new ProcessTotals(
                weightedSum(measured, p -> p.cpu() == null ? null : p.cpu().processCpuShareMean()),
                weightedSum(measured, p -> p.gc() == null ? null : p.gc().allocatedBytesPerSec()),
                gc.isEmpty()
                        ? null
                        : gc.stream().mapToDouble(GcFigures::gcTimeShare).max().orElseThrow(),
                gc.stream()
                        .map(GcFigures::heapUsedAfterGcMaxBytes)
                        .filter(Objects::nonNull)
                        .max(Long::compare)
                        .orElse(null),
                cpu.stream()
                        .map(CpuFigures::machineCpuShareMean)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null));
    }

    static ProcessTotals none() {
        return new ProcessTotals(null, null, null, null, null);
    }

    boolean empty() {
        return cpuShare == null && allocatedBytesPerSec == null;
    }

    /** Each JVM's {@code figure} times its share of the phase, summed; null when no JVM has the figure. */
    private static Double weightedSum(List<MeasuredJvm> measured, Function<ProcessFigures, Double> figure) {
        List<MeasuredJvm> having =
                measured.stream().filter(m -> figure.apply(m.figures()) != null).toList();
        return having.isEmpty()
                ? null
                : having.stream()
                        .mapToDouble(m -> figure.apply(m.figures()) * m.phaseShare())
                        .sum();
    }

    private static <T> List<T> present(List<ProcessFigures> processes, Function<ProcessFigures, T> figure) {
        return processes.stream().map(figure).filter(Objects::nonNull).toList();
    }
}
