package dev.fsbench.harness.collector;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntIntHashMap;
import com.carrotsearch.hppc.IntObjectHashMap;
import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.ObjectIntHashMap;
import dev.fsbench.api.WindowResult;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Every window result read from the output topic, with every copy kept so duplicates can be counted.
 *
 * <p>Stored by column, since a heavy workload delivers millions of (window, word) results: each distinct word
 * once, then one row per distinct (window start, word) in primitive arrays (start, end, first count, word id),
 * found through a primitive map per window start. About 50 bytes a result instead of about 250 as objects in a
 * {@code HashMap}. Later copies of a result (an engine's duplicates: rare) are kept apart. {@link Received}
 * values are built when asked for.
 */
public final class ReceivedWindows {

    /** One (window, word) as emitted, possibly more than once. */
    public record Received(long windowStartMs, long windowEndMs, String word, List<Long> counts) {
        public long firstCount() {
            return counts.get(0);
        }
    }

    private static final int NO_ROW = -1;

    private final ObjectIntHashMap<String> wordIds = new ObjectIntHashMap<>();
    private final List<String> words = new ArrayList<>();
    private final LongObjectHashMap<IntIntHashMap> rowByWindowThenWord = new LongObjectHashMap<>();
    private final LongArrayList starts = new LongArrayList();
    private final LongArrayList ends = new LongArrayList();
    private final LongArrayList firstCounts = new LongArrayList();
    private final IntArrayList wordOfRow = new IntArrayList();
    private final IntObjectHashMap<List<Long>> laterCountsByRow = new IntObjectHashMap<>();
    private long records;
    private long countSum;
    private long latestWindowEndMs = Long.MIN_VALUE;

    public synchronized void add(WindowResult result) {
        records++;
        countSum += result.count();
        latestWindowEndMs = Math.max(latestWindowEndMs, result.windowEndMs());
        int word = wordId(result.word());
        IntIntHashMap rowByWord = rowByWindowThenWord.get(result.windowStartMs());
        if (rowByWord == null) {
            rowByWord = new IntIntHashMap();
            rowByWindowThenWord.put(result.windowStartMs(), rowByWord);
        }
        int row = rowByWord.getOrDefault(word, NO_ROW);
        if (row != NO_ROW) {
            List<Long> later = laterCountsByRow.get(row);
            if (later == null) {
                later = new ArrayList<>(1);
                laterCountsByRow.put(row, later);
            }
            later.add(result.count());
            return;
        }
        rowByWord.put(word, starts.size());
        starts.add(result.windowStartMs());
        ends.add(result.windowEndMs());
        firstCounts.add(result.count());
        wordOfRow.add(word);
    }

    private int wordId(String word) {
        int id = wordIds.getOrDefault(word, NO_ROW);
        if (id == NO_ROW) {
            id = words.size();
            words.add(word);
            wordIds.put(word, id);
        }
        return id;
    }

    public synchronized Received get(long windowStartMs, String word) {
        int id = wordIds.getOrDefault(word, NO_ROW);
        IntIntHashMap rowByWord = id == NO_ROW ? null : rowByWindowThenWord.get(windowStartMs);
        int row = rowByWord == null ? NO_ROW : rowByWord.getOrDefault(id, NO_ROW);
        return row == NO_ROW ? null : received(row);
    }

    /** The results received so far, in the order they first arrived; each built when read. */
    public synchronized Collection<Received> all() {
        int size = starts.size();
        return new AbstractList<>() {
            @Override
            public Received get(int row) {
                synchronized (ReceivedWindows.this) {
                    return received(Objects.checkIndex(row, size));
                }
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private Received received(int row) {
        List<Long> later = laterCountsByRow.get(row);
        List<Long> counts;
        if (later == null) {
            counts = List.of(firstCounts.get(row));
        } else {
            counts = new ArrayList<>(later.size() + 1);
            counts.add(firstCounts.get(row));
            counts.addAll(later);
        }
        return new Received(starts.get(row), ends.get(row), words.get(wordOfRow.get(row)), List.copyOf(counts));
    }

    /** Distinct (window, word) results whose window ends at or before {@code lastWindowEndMs}. */
    public synchronized long distinctEndingBy(long lastWindowEndMs) {
        long count = 0;
        long[] windowEnds = ends.buffer;
        for (int row = 0; row < ends.size(); row++) {
            if (windowEnds[row] <= lastWindowEndMs) {
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
