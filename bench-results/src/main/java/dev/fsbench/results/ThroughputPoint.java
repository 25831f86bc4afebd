package dev.fsbench.results;

/** One second of wall time: events the generator sent, events accounted for by windows emitted. */
public record ThroughputPoint(long t, double inputEvents, double outputEvents) {}
