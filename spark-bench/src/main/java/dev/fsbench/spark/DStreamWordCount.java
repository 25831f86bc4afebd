package dev.fsbench.spark;

import dev.fsbench.api.KeySalt;
import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WordEvent;
import org.apache.spark.streaming.Duration;
import org.apache.spark.streaming.Durations;
import org.apache.spark.streaming.api.java.JavaDStream;
import org.apache.spark.streaming.api.java.JavaPairDStream;
import scala.Tuple2;

/**
 * The word count on DStreams: {@code reduceByKeyAndWindow} over the spec's size and slide. DStream windows are
 * processing-time windows made of whole batches, so a window is labelled by the batch that closes it:
 * end = batch time, start = end - size. An event lands in the window of the batch that fetched it, which
 * is not always the window its event time belongs to; the collector measures how often (misassignment rate).
 */
public final class DStreamWordCount {

    private DStreamWordCount() {}

    /** Fails with a clear message unless size and slide are whole numbers of batches (a DStream requirement). */
    public static void requireWholeBatches(WindowSpec window, long batchIntervalMs) {
        if (window.sizeMs() % batchIntervalMs != 0 || window.slideMs() % batchIntervalMs != 0) {
            throw new IllegalArgumentException("DStream windows must be multiples of the batch interval: window size "
                    + window.sizeMs() + " ms and slide " + window.slideMs() + " ms, batch interval " + batchIntervalMs
                    + " ms (set " + dev.fsbench.api.knobs.SparkSettings.BATCH_INTERVAL_MS.key() + ")");
        }
    }

    /** @param lines input values, {@code <eventTimeMs>,<word>}, possibly followed by {@code ,<padding>} (ignored) */
    public static JavaPairDStream<String, Long> windowedCounts(JavaDStream<String> lines, WindowSpec window) {
        return lines.mapToPair(
                        line -> new Tuple2<>(RecordFormat.parseEvent(line).word(), 1L))
                .reduceByKeyAndWindow(Long::sum, size(window), slide(window));
    }

    /**
     * Two-phase counts for skewed keys: per window on (word, salt) keys ({@link KeySalt}), so a hot word's
     * events are reduced by several tasks, then the partial counts of each word merged within the window.
     */
    public static JavaPairDStream<String, Long> saltedWindowedCounts(
            JavaDStream<String> lines, WindowSpec window, int saltBuckets) {
        return lines.mapToPair(line -> {
                    WordEvent event = RecordFormat.parseEvent(line);
                    int salt = KeySalt.of(event.eventTimeMs(), event.word(), saltBuckets);
                    return new Tuple2<>(new SaltedWord(event.word(), salt), 1L);
                })
                .reduceByKeyAndWindow(Long::sum, size(window), slide(window))
                .mapToPair(partial -> new Tuple2<>(partial._1().word(), partial._2()))
                .reduceByKey(Long::sum);
    }

    private static Duration size(WindowSpec window) {
        return Durations.milliseconds(window.sizeMs());
    }

    private static Duration slide(WindowSpec window) {
        return Durations.milliseconds(window.slideMs());
    }

    public static void emit(JavaPairDStream<String, Long> counts, WindowSpec window, WindowSink sink) {
        long sizeMs = window.sizeMs();
        counts.foreachRDD((rdd, batchTime) -> {
            long windowEndMs = batchTime.milliseconds();
            long windowStartMs = windowEndMs - sizeMs;
            rdd.foreachPartition(partition -> sink.write(windowStartMs, windowEndMs, partition));
        });
    }
}
