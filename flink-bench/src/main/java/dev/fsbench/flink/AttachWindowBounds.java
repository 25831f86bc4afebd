package dev.fsbench.flink;

import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Gives the pre-aggregated count its word and window bounds; sees exactly one value per window. The key is the
 * word, or a (word, salt) key with skew mitigation by salting: {@code wordOfKey} reads the word from it.
 */
final class AttachWindowBounds<K> extends ProcessWindowFunction<Long, WindowCount, K, TimeWindow> {

    private final KeySelector<K, String> wordOfKey;
    private final ResultObjects results;

    AttachWindowBounds(KeySelector<K, String> wordOfKey, boolean reuseResultObject) {
        this.wordOfKey = wordOfKey;
        this.results = new ResultObjects(reuseResultObject);
    }

    @Override
    public void process(K key, Context context, Iterable<Long> counts, Collector<WindowCount> out) throws Exception {
        TimeWindow window = context.window();
        out.collect(results.next(
                window.getStart(),
                window.getEnd(),
                wordOfKey.getKey(key),
                counts.iterator().next()));
    }
}
