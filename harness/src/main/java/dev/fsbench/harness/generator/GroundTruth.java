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
    private final Map<Long, int[]> countsByWindowStart = new HashMap<>();
    private long events;

    public GroundTruth(WindowSpec window, int vocabularySize) {
        this.window = window;
        this.vocabularySize = vocabularySize;
    }

    public void add(long eventTimeMs, int wordIndex) {
        events++;
        window.forEachWindowStart(
                eventTimeMs,
                start -> countsByWindowStart.computeIfAbsent(start, s -> new int[vocabularySize])[wordIndex]++);
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
