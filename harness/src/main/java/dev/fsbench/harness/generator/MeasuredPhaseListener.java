package dev.fsbench.harness.generator;

/** Told once when the measured phase's boundaries are fixed, before its first event is sent. */
@FunctionalInterface
public interface MeasuredPhaseListener {

    MeasuredPhaseListener NONE = (start, end) -> {};

    /** The measured phase on the event-time (scheduled) clock: [measureStartEpochMs, measureEndEpochMs). */
    void started(long measureStartEpochMs, long measureEndEpochMs);
}
