package dev.fsbench.api;

/** One output record: how many times {@code word} occurred in event-time window [start, end). */
public record WindowResult(long windowStartMs, long windowEndMs, String word, long count) {}
