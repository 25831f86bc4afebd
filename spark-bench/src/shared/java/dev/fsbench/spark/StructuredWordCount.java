package dev.fsbench.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.window;

import dev.fsbench.api.KeySalt;
import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WindowSpec;
import java.nio.file.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.DataTypes;

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
        return asOutput(events(lines, outOfOrdernessMs)
                .groupBy(windowOf(window), col("word"))
                .count());
    }

    /**
     * The same windows in two phases, for skewed keys: counts per window on (word, salt) keys ({@link KeySalt}),
     * then the partial counts of each word summed per window. Two stateful operators in a row, which Spark runs
     * in append mode since 3.4: the second groups on the first's window column, which keeps its event time.
     */
    public static Dataset<Row> saltedWindowedCounts(
            Dataset<Row> lines, WindowSpec window, long outOfOrdernessMs, int saltBuckets) {
        UserDefinedFunction saltOf = udf(
                (UDF2<Long, String, Integer>) (eventTimeMs, word) -> KeySalt.of(eventTimeMs, word, saltBuckets),
                DataTypes.IntegerType);
        Dataset<Row> partials = events(lines, outOfOrdernessMs)
                .withColumn("salt", saltOf.apply(col("eventTimeMs"), col("word")))
                .groupBy(windowOf(window), col("word"), col("salt"))
                .count();
        return asOutput(
                partials.groupBy(col("window"), col("word")).agg(sum("count").as("count")));
    }

    /** Event time (as a number and a timestamp) and word, with a watermark of the allowed disorder. */
    private static Dataset<Row> events(Dataset<Row> lines, long outOfOrdernessMs) {
        // Words never contain the separator, so the first field is the event time and the second the word; any
        // padding after a second separator is cut off with the rest of the value.
        String separator = "'" + RecordFormat.SEPARATOR + "'";
        return lines.selectExpr(
                        "CAST(substring_index(value, " + separator + ", 1) AS BIGINT) AS eventTimeMs",
                        "substring_index(substring_index(value, " + separator + ", 2), " + separator + ", -1) AS word")
                .selectExpr("timestamp_millis(eventTimeMs) AS eventTime", "eventTimeMs", "word")
                .withWatermark("eventTime", outOfOrdernessMs + " milliseconds");
    }

    private static Column windowOf(WindowSpec window) {
        return window(col("eventTime"), window.sizeMs() + " milliseconds", window.slideMs() + " milliseconds");
    }

    /** One row per (window, word): key and value in {@link RecordFormat}'s output format. */
    private static Dataset<Row> asOutput(Dataset<Row> counts) {
        return counts.selectExpr(
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
