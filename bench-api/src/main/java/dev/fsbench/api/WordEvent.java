package dev.fsbench.api;

/** One input event: a word and its event time (the generator's scheduled send time, minus any disorder). */
public record WordEvent(long eventTimeMs, String word) {}
