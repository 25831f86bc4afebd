package dev.fsbench.harness.generator;

import dev.fsbench.api.WindowSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * The exact answer: how many times each word occurs in each event-time window, built by the generator as it
 * sends. Counts are dense per window (one int per vocabulary word), which is compact for the vocabularies a
 * benchmark uses and keeps the generator's hot path free of boxing. Not thread-safe: each generator thread builds
 * its own share, merged with {@link #addAll} once sending has ended.
 */
public final class GroundTruth {

    private final WindowSpec window;
    private final int vocabularySize;
    /** Windows one event belongs to, plus the disorder's few, fit without collisions (power of two). */
    private static final int CACHE_SLOTS = 256;

    private final Map<Long, int[]> countsByWindowStart = new HashMap<>();
    private final long[] cachedStarts = new long[CACHE_SLOTS];
    private final int[][] cachedCounts = new int[CACHE_SLOTS][];
    private long events;

    public GroundTruth(WindowSpec window, int vocabularySize) {
        this.window = window;
        this.vocabularySize = vocabularySize;
    }

    public void add(long eventTimeMs, int wordIndex) {
        events++;
        for (long start = window.lastWindowStart(eventTimeMs);
                start > eventTimeMs - window.sizeMs();
                start -= window.slideMs()) {
            countsAt(start)[wordIndex]++;
        }
    }

    /**
     * The counts of the window at {@code start}, created if new. The generator adds to the same few windows
     * millions of times a second: a small direct-mapped cache (by window number) spares it the map lookup and
     * the boxing of the key, which cost as much as the rest of an event's work.
     */
    private int[] countsAt(long start) {
        int slot = (int) (Math.floorDiv(start, window.slideMs()) & (CACHE_SLOTS - 1));
        int[] cached = cachedCounts[slot];
        if (cached != null && cachedStarts[slot] == start) {
            return cached;
        }
        int[] counts = countsByWindowStart.computeIfAbsent(start, s -> new int[vocabularySize]);
        cachedStarts[slot] = start;
        cachedCounts[slot] = counts;
        return counts;
    }

    /** Adds every count of {@code other} (same window and vocabulary), e.g. another sender thread's share. */
    public void addAll(GroundTruth other) {
        if (!other.window.equals(window) || other.vocabularySize != vocabularySize) {
            throw new IllegalArgumentException("cannot merge ground truths of different windows or vocabularies");
        }
        events += other.events;
        other.countsByWindowStart.forEach((start, counts) -> {
            int[] mine = countsByWindowStart.computeIfAbsent(start, s -> new int[vocabularySize]);
            for (int word = 0; word < counts.length; word++) {
                mine[word] += counts[word];
            }
        });
    }

    public long events() {
        return events;
    }

    public WindowSpec window() {
        return window;
    }

    public int vocabularySize() {
        return vocabularySize;
    }

    /** Count of {@code wordIndex} in the window starting at {@code windowStartMs}; 0 if none. */
    public int count(long windowStartMs, int wordIndex) {
        int[] counts = countsByWindowStart.get(windowStartMs);
        return counts == null ? 0 : counts[wordIndex];
    }

    /** Calls {@code visitor} for every non-zero (window, word) whose window start passes {@code filter}. */
    public void forEachWindow(LongPredicate windowStartFilter, WindowVisitor visitor) {
        countsByWindowStart.forEach((start, counts) -> {
            if (windowStartFilter.test(start)) {
                for (int word = 0; word < counts.length; word++) {
                    if (counts[word] > 0) {
                        visitor.visit(start, word, counts[word]);
                    }
                }
            }
        });
    }

    @FunctionalInterface
    public interface WindowVisitor {
        void visit(long windowStartMs, int wordIndex, int count);
    }
}
