package dev.fsbench.harness.generator;

import dev.fsbench.api.WindowSpec;

/**
 * Word counts per 100 ms of event time, so the events of any interval (such as a processing-time window that
 * DStreams chose) can be counted after the fact. Intervals are judged at this resolution. Sparse like
 * {@link GroundTruth}: it holds the distinct (bucket, word) pairs that occurred, 10 buckets per second of the run.
 */
public final class EventTimeIndex {

    public static final long BUCKET_MS = 100;

    private final GroundTruth buckets;

    public EventTimeIndex(int vocabularySize) {
        this.buckets = new GroundTruth(WindowSpec.tumbling(BUCKET_MS), vocabularySize);
    }

    public void add(long eventTimeMs, int wordIndex) {
        buckets.add(eventTimeMs, wordIndex);
    }

    /** Adds every count of {@code other} (another sender thread's share). */
    public void addAll(EventTimeIndex other) {
        buckets.addAll(other.buckets);
    }

    /** True counts per word of the events with event time in [startMs, endMs). */
    public int[] countsBetween(long startMs, long endMs) {
        int[] counts = new int[buckets.vocabularySize()];
        for (long bucket = buckets.window().lastWindowStart(startMs); bucket < endMs; bucket += BUCKET_MS) {
            buckets.addCountsTo(bucket, counts);
        }
        return counts;
    }
}
