package dev.fsbench.results;

/**
 * One second of wall time (t: epoch ms of its start).
 *
 * @param inputEvents     events the generator sent in the second
 * @param processedEvents events accounted for by output records appended in the second (counts divided by the
 *                        windows each event belongs to); null in results older than schema version 2
 * @param backlogEvents   at the end of the second: events due so far minus events accounted for by results
 *                        appended so far, not counting events whose windows cannot have closed yet
 * @param scheduleLagMs   the generator's worst delay behind its schedule in the second
 */
public record ThroughputPoint(
        long t, double inputEvents, Double processedEvents, Double backlogEvents, Double scheduleLagMs) {}
