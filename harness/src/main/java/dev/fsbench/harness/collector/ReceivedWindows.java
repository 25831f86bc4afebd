package dev.fsbench.harness.collector;

import dev.fsbench.api.WindowResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every window result read from the output topic, with every copy kept so duplicates can be counted. */
public final class ReceivedWindows {

    /** One (window, word) as emitted, possibly more than once. */
    public record Received(long windowStartMs, long windowEndMs, String word, List<Long> counts) {
        public long firstCount() {
            return counts.get(0);
        }
    }

    private record Key(long windowStartMs, String word) {}

    private final Map<Key, Received> byKey = new HashMap<>();
    private long records;
    private long countSum;
    private long latestWindowEndMs = Long.MIN_VALUE;

    public synchronized void add(WindowResult result) {
        records++;
        countSum += result.count();
        latestWindowEndMs = Math.max(latestWindowEndMs, result.windowEndMs());
        byKey.computeIfAbsent(
                        new Key(result.windowStartMs(), result.word()),
                        k -> new Received(
                                result.windowStartMs(), result.windowEndMs(), result.word(), new ArrayList<>()))
                .counts()
                .add(result.count());
    }

    public synchronized Received get(long windowStartMs, String word) {
        return byKey.get(new Key(windowStartMs, word));
    }

    public synchronized Collection<Received> all() {
        return List.copyOf(byKey.values());
    }

    /** Distinct (window, word) results whose window ends at or before {@code lastWindowEndMs}. */
    public synchronized long distinctEndingBy(long lastWindowEndMs) {
        long count = 0;
        for (Received received : byKey.values()) {
            if (received.windowEndMs() <= lastWindowEndMs) {
                count++;
            }
        }
        return count;
    }

    /** The latest window end of any result read: how far the engine's output has got; MIN_VALUE before any. */
    public synchronized long latestWindowEndMs() {
        return latestWindowEndMs;
    }

    /** Number of records read, duplicates included. */
    public synchronized long records() {
        return records;
    }

    /** Sum of the counts of every record read, duplicates included. */
    public synchronized long countSum() {
        return countSum;
    }
}
