package dev.fsbench.spark;

import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WindowSpec;
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
                .reduceByKeyAndWindow(
                        Long::sum, Durations.milliseconds(window.sizeMs()), Durations.milliseconds(window.slideMs()));
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
