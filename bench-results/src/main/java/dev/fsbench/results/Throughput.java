package dev.fsbench.results;

/**
 * Over the measured phase's wall-clock interval.
 *
 * @param inputEventsPerSec     the generator's achieved rate: what was offered to the engine
 * @param processedEventsPerSec what the engine delivered: events accounted for by output records the broker
 *                              appended in the interval (their counts divided by the windows each event belongs
 *                              to), per second. Falls below the input rate when the engine falls behind. Null in
 *                              results older than schema version 2.
 */
public record Throughput(double inputEventsPerSec, Double processedEventsPerSec) {}
