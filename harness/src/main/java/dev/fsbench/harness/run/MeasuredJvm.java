package dev.fsbench.harness.run;

import dev.fsbench.results.ProcessFigures;
import dev.fsbench.results.TelemetryInfo;
import dev.fsbench.results.TelemetryResult;

/**
 * One JVM's entry of {@code processes[]} with the part of the measured phase its figures cover, which the cost
 * needs ({@link ProcessTotals}): a worker a fault killed ran through the phase up to its kill, its replacement from
 * its start; every other JVM through all of it.
 *
 * @param figures    its entry
 * @param phaseShare the part of the measured phase its figures are averaged over, 0 to 1
 */
record MeasuredJvm(ProcessFigures figures, double phaseShare) {

    /** {@code figures} with the share {@code telemetry} covered of [from, to); all of it if unknown. */
    static MeasuredJvm of(ProcessFigures figures, TelemetryResult telemetry, long from, long to) {
        TelemetryInfo info = telemetry.telemetry();
        if (info == null || info.measuredFromMs() == null || info.measuredToMs() == null || to <= from) {
            return new MeasuredJvm(figures, 1.0);
        }
        double covered = info.measuredToMs() - info.measuredFromMs();
        return new MeasuredJvm(figures, Math.max(0.0, Math.min(1.0, covered / (to - from))));
    }

    /** A JVM measured over the whole phase. */
    static MeasuredJvm throughout(ProcessFigures figures) {
        return new MeasuredJvm(figures, 1.0);
    }
}
