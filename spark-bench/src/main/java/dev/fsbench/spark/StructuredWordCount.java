package dev.fsbench.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.window;

import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WindowSpec;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.Trigger;

/**
 * The word count in Spark SQL: parse {@link RecordFormat}'s input, event-time windows with a watermark of the
 * workload's out-of-orderness, and each window emitted once, when the watermark passes its end (append mode),
 * in {@link RecordFormat}'s output format. Source and sink are left to the caller (Kafka in a run, files and
 * the memory sink in tests).
 */
public final class StructuredWordCount {

    public static final String QUERY_NAME = "fsbench_windowed_word_count";

    private StructuredWordCount() {}

    /**
     * @param lines a stream with a string column {@code value} holding {@code <eventTimeMs>,<word>}, possibly
     *              followed by {@code ,<padding>}
     * @return key (the word) and value ({@code <windowStartMs>,<windowEndMs>,<word>,<count>}), both strings
     */
    public static Dataset<Row> windowedCounts(Dataset<Row> lines, WindowSpec window, long outOfOrdernessMs) {
        // Words never contain the separator, so the first field is the event time and the second the word; any
        // padding after a second separator is cut off with the rest of the value.
        String separator = "'" + RecordFormat.SEPARATOR + "'";
        Dataset<Row> events = lines.selectExpr(
                "timestamp_millis(CAST(substring_index(value, " + separator + ", 1) AS BIGINT)) AS eventTime",
                "substring_index(substring_index(value, " + separator + ", 2), " + separator + ", -1) AS word");
        return events.withWatermark("eventTime", outOfOrdernessMs + " milliseconds")
                .groupBy(
                        window(col("eventTime"), window.sizeMs() + " milliseconds", window.slideMs() + " milliseconds"),
                        col("word"))
                .count()
                .selectExpr(
                        "word AS key",
                        "concat_ws('" + RecordFormat.SEPARATOR
                                + "', unix_millis(window.start), unix_millis(window.end), word, count) AS value");
    }

    /** Output mode, trigger, checkpoint and name: everything about the query except its sink format. */
    public static DataStreamWriter<Row> configure(DataStreamWriter<Row> writer, SparkKnobs knobs, Path checkpointDir) {
        return writer.queryName(QUERY_NAME)
                .outputMode(OutputMode.Append())
                .trigger(Trigger.ProcessingTime(knobs.triggerIntervalMs()))
                .option("checkpointLocation", checkpointDir.toAbsolutePath().toString());
    }
}
