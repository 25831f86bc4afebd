package dev.fsbench.harness.generator;

import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.cursors.LongObjectCursor;
import dev.fsbench.api.WindowSpec;
import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * The exact answer: how many times each word occurs in each event-time window, built by the generator as it
 * sends. Each window's counts take the smaller of a sparse and a dense layout ({@link WordCounts}), without
 * boxing: the memory held follows the distinct (window, word) pairs that occurred (11-21 bytes each) and never
 * exceeds 4 bytes per vocabulary word per window, so short windows over a large vocabulary no longer cost
 * windows x vocabulary. Not thread-safe: each generator thread builds its own share, merged with {@link #addAll}
 * once sending has ended.
 */
public final class GroundTruth {

    /** Windows one event belongs to, plus the disorder's few, fit without collisions (power of two). */
    private static final int CACHE_SLOTS = 256;

    private final WindowSpec window;
    private final int vocabularySize;
    private final LongObjectHashMap<WordCounts> countsByWindowStart = new LongObjectHashMap<>();
    private final long[] cachedStarts = new long[CACHE_SLOTS];
    private final WordCounts[] cachedCounts = new WordCounts[CACHE_SLOTS];
    private long events;

    public GroundTruth(WindowSpec window, int vocabularySize) {
        this.window = window;
        this.vocabularySize = vocabularySize;
    }

    public void add(long eventTimeMs, int wordIndex) {
        events++;
        long firstStartAfter = eventTimeMs - window.sizeMs();
        for (long start = window.lastWindowStart(eventTimeMs); start > firstStartAfter; start -= window.slideMs()) {
            countsAt(start).add(wordIndex, 1);
        }
    }

    /** Adds {@code other}'s events and counts (same window and vocabulary), e.g. another sender thread's share. */
    public void addAll(GroundTruth other) {
        if (!other.window.equals(window) || other.vocabularySize != vocabularySize) {
            throw new IllegalArgumentException("cannot merge the ground truth of " + other.window + " over "
                    + other.vocabularySize + " words into one of " + window + " over " + vocabularySize);
        }
        events += other.events;
        for (LongObjectCursor<WordCounts> windowCounts : other.countsByWindowStart) {
            WordCounts into = countsIn(windowCounts.key);
            windowCounts.value.forEach(into::add);
        }
    }

    /**
     * The counts of the window at {@code start}, created if new. The generator adds to the same few windows
     * millions of times a second: a small direct-mapped cache (by window number) spares it the map lookup, which
     * costs as much as the rest of an event's work.
     */
    private WordCounts countsAt(long start) {
        int slot = (int) (Math.floorDiv(start, window.slideMs()) & (CACHE_SLOTS - 1));
        WordCounts cached = cachedCounts[slot];
        if (cached != null && cachedStarts[slot] == start) {
            return cached;
        }
        WordCounts counts = countsIn(start);
        cachedStarts[slot] = start;
        cachedCounts[slot] = counts;
        return counts;
    }

    private WordCounts countsIn(long windowStartMs) {
        WordCounts counts = countsByWindowStart.get(windowStartMs);
        if (counts == null) {
            counts = new WordCounts(vocabularySize);
            countsByWindowStart.put(windowStartMs, counts);
        }
        return counts;
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
        WordCounts counts = countsByWindowStart.get(windowStartMs);
        return counts == null ? 0 : counts.get(wordIndex);
    }

    /** Adds the counts of the window starting at {@code windowStartMs} to {@code countsByWord} (by word index). */
    public void addCountsTo(long windowStartMs, int[] countsByWord) {
        WordCounts counts = countsByWindowStart.get(windowStartMs);
        if (counts != null) {
            counts.forEach((word, count) -> countsByWord[word] += count);
        }
    }

    /** Distinct (window, word) pairs held: what the ground truth's memory is proportional to. */
    public long pairs() {
        long pairs = 0;
        for (LongObjectCursor<WordCounts> windowCounts : countsByWindowStart) {
            pairs += windowCounts.value.size();
        }
        return pairs;
    }

    /**
     * Calls {@code visitor} for every non-zero (window, word) whose window start passes {@code filter}, by window
     * start, then word index (so examples and reports list the earliest windows first, run after run).
     */
    public void forEachWindow(LongPredicate windowStartFilter, WindowVisitor visitor) {
        long[] starts = countsByWindowStart.keys().toArray();
        Arrays.sort(starts);
        for (long start : starts) {
            if (windowStartFilter.test(start)) {
                countsByWindowStart.get(start).forEach((word, count) -> visitor.visit(start, word, count));
            }
        }
    }

    @FunctionalInterface
    public interface WindowVisitor {
        void visit(long windowStartMs, int wordIndex, int count);
    }
}
