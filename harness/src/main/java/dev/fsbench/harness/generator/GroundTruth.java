package dev.fsbench.harness.generator;

import com.carrotsearch.hppc.IntIntHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.cursors.IntIntCursor;
import com.carrotsearch.hppc.cursors.LongObjectCursor;
import dev.fsbench.api.WindowSpec;
import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * The exact answer: how many times each word occurs in each event-time window, built by the generator as it
 * sends. Counts are sparse per window (a primitive open-addressing map from word index to count, no boxing), so
 * the memory held is proportional to the distinct (window, word) pairs that occurred, about 20 bytes each, not to
 * windows x vocabulary: a 100,000-word vocabulary costs nothing for the words a window never saw.
 */
public final class GroundTruth {

    private final WindowSpec window;
    private final int vocabularySize;
    private final LongObjectHashMap<IntIntHashMap> countsByWindowStart = new LongObjectHashMap<>();
    private long events;

    public GroundTruth(WindowSpec window, int vocabularySize) {
        this.window = window;
        this.vocabularySize = vocabularySize;
    }

    public void add(long eventTimeMs, int wordIndex) {
        events++;
        long firstStartAfter = eventTimeMs - window.sizeMs();
        for (long start = window.lastWindowStart(eventTimeMs); start > firstStartAfter; start -= window.slideMs()) {
            countsIn(start).addTo(wordIndex, 1);
        }
    }

    /** Adds {@code other}'s events and counts to these (e.g. the truths of several sending threads). */
    public void merge(GroundTruth other) {
        if (!other.window.equals(window) || other.vocabularySize != vocabularySize) {
            throw new IllegalArgumentException("cannot merge the ground truth of " + other.window + " over "
                    + other.vocabularySize + " words into one of " + window + " over " + vocabularySize);
        }
        events += other.events;
        for (LongObjectCursor<IntIntHashMap> windowCounts : other.countsByWindowStart) {
            IntIntHashMap into = countsIn(windowCounts.key);
            for (IntIntCursor word : windowCounts.value) {
                into.addTo(word.key, word.value);
            }
        }
    }

    private IntIntHashMap countsIn(long windowStartMs) {
        IntIntHashMap counts = countsByWindowStart.get(windowStartMs);
        if (counts == null) {
            counts = new IntIntHashMap();
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
        IntIntHashMap counts = countsByWindowStart.get(windowStartMs);
        return counts == null ? 0 : counts.getOrDefault(wordIndex, 0);
    }

    /** Adds the counts of the window starting at {@code windowStartMs} to {@code countsByWord} (by word index). */
    public void addCountsTo(long windowStartMs, int[] countsByWord) {
        IntIntHashMap counts = countsByWindowStart.get(windowStartMs);
        if (counts != null) {
            for (IntIntCursor word : counts) {
                countsByWord[word.key] += word.value;
            }
        }
    }

    /** Distinct (window, word) pairs held: what the ground truth's memory is proportional to. */
    public long pairs() {
        long pairs = 0;
        for (LongObjectCursor<IntIntHashMap> windowCounts : countsByWindowStart) {
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
                IntIntHashMap counts = countsByWindowStart.get(start);
                int[] words = counts.keys().toArray();
                Arrays.sort(words);
                for (int word : words) {
                    visitor.visit(start, word, counts.get(word));
                }
            }
        }
    }

    @FunctionalInterface
    public interface WindowVisitor {
        void visit(long windowStartMs, int wordIndex, int count);
    }
}
