package dev.fsbench.results;

/** One second of window latency (ms) as the reports chart it; {@code t} is epoch ms at the end of the second. */
public record LatencyInterval(long t, long count, double p50, double p99, double max) {}
