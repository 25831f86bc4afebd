package dev.fsbench.results;

/**
 * inputEventsPerSec: the generator's achieved rate in the measured phase. outputEventsPerSec: events the
 * engine accounted for in windows ending in the measured phase, per second (sliding windows divided by the
 * windows each event belongs to, so the figure is comparable with the input rate).
 */
public record Throughput(double inputEventsPerSec, double outputEventsPerSec) {}
