package dev.fsbench.results;

/**
 * What the load generator achieved. Phase boundaries are on the event-time (scheduled) clock in epoch ms:
 * warm-up [start, measureStart), measured [measureStart, measureEnd), drain [measureEnd, end).
 *
 * @param achievedRatePerSec events of the measured phase divided by the wall time it really took to send them
 * @param maxScheduleLagMs   worst delay between an event's scheduled time and its hand-off to the producer
 * @param rateMet            whether the requested rate was kept within the generator's tolerance
 * @param warmupSteady       true if the warm-up ended because the engine was steady, false if it ran to its
 *                           maximum without; null for a fixed warm-up (and results older than schema version 2)
 * @param producerThreads    how many threads sent the schedule; null in results older than schema version 2
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
        long endEpochMs,
        Boolean warmupSteady,
        Integer producerThreads) {}
