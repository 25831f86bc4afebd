package dev.fsbench.results;

/**
 * What the load generator achieved. Phase boundaries are on the event-time (scheduled) clock in epoch ms:
 * warm-up [start, measureStart), measured [measureStart, measureEnd), drain [measureEnd, end).
 *
 * @param achievedRatePerSec events of the measured phase divided by the wall time it really took to send them
 * @param maxScheduleLagMs   worst delay between an event's scheduled time and its hand-off to the producer
 * @param rateMet            whether the requested rate was kept within the generator's tolerance
 */
public record GeneratorSummary(
        long requestedRatePerSec,
        double achievedRatePerSec,
        long eventsSent,
        long measuredEvents,
        double maxScheduleLagMs,
        boolean rateMet,
        long startEpochMs,
        long measureStartEpochMs,
        long measureEndEpochMs,
        long endEpochMs) {}
