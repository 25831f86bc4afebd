package dev.fsbench.flink;

import dev.fsbench.api.WindowSpec;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.WindowAssigner;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;

/**
 * The windowed word count, independent of where events come from and where counts go (Kafka in a run, a
 * bounded collection in tests): keyBy(word), event-time windows, incremental count; or, with a skew
 * mitigation ({@link WindowJobOptions}), partial counts per window on spread keys merged per (word, window).
 */
public final class WordCountPipeline {

    /** Operator names double as the vertex names in the Web UI, REST metrics and the result. */
    public static final String PROBE_NAME = "window-input-probe";

    /** The window operator on the words' (or salted words') keys: the one a skewed key overloads. */
    public static final String WINDOW_NAME = "window-count";

    public static final String LOCAL_PRE_AGGREGATE_NAME = "window-local-count";
    public static final String MERGE_NAME = "window-merge";

    static final TypeInformation<WindowCount> RESULT_TYPE = TypeInformation.of(WindowCount.class);

    private WordCountPipeline() {}

    /**
     * Whether a job vertex (as the Web UI names it) does the counting whose per-subtask load the skew experiments
     * compare: its first operator is the window operator, or the local pre-count with {@code rebalance}.
     */
    public static boolean isCountingVertex(String vertexName) {
        return vertexName.contains(WINDOW_NAME) || vertexName.contains(LOCAL_PRE_AGGREGATE_NAME);
    }

    /**
     * Bounded out-of-orderness on the event's own time; idle partitions stop holding the watermark back
     * after {@code idlenessMs} (otherwise one quiet partition would stall every window).
     */
    public static <T> WatermarkStrategy<T> watermarks(EventCodec<T> codec, long outOfOrdernessMs, long idlenessMs) {
        return WatermarkStrategy.<T>forBoundedOutOfOrderness(Duration.ofMillis(outOfOrdernessMs))
                .withTimestampAssigner(new EventTimeAssigner<>(codec))
                .withIdleness(Duration.ofMillis(idlenessMs));
    }

    /** The job with every graph knob at its default. */
    public static <T> SingleOutputStreamOperator<WindowCount> windowedCounts(
            DataStream<T> timestampedEvents, EventCodec<T> codec, WindowSpec window) {
        return windowedCounts(timestampedEvents, codec, window, WindowJobOptions.defaults());
    }

    /** Events already carrying timestamps and watermarks in, one count per (window, word) out. */
    public static <T> SingleOutputStreamOperator<WindowCount> windowedCounts(
            DataStream<T> timestampedEvents, EventCodec<T> codec, WindowSpec window, WindowJobOptions options) {
        return switch (options.skewMitigation()) {
            case NONE ->
                countPerWindow(
                        timestampedEvents, codec, new WordKey<>(codec), Types.STRING, word -> word, window, options);
            case SALT ->
                mergePartials(
                        countPerWindow(
                                timestampedEvents,
                                codec,
                                new SaltedWordKey<>(codec, options.saltBuckets()),
                                SaltedWordKey.TYPE,
                                SaltedWordKey::word,
                                window,
                                options),
                        options);
            case REBALANCE ->
                mergePartials(
                        timestampedEvents
                                .rebalance()
                                .transform(
                                        LOCAL_PRE_AGGREGATE_NAME,
                                        RESULT_TYPE,
                                        new LocalWindowPreAggregate<>(codec, window))
                                .uid(LOCAL_PRE_AGGREGATE_NAME),
                        options);
        };
    }

    /** keyBy(key), the windows, the count; with the probe (if on) chained in front of the window operator. */
    private static <T, K> SingleOutputStreamOperator<WindowCount> countPerWindow(
            DataStream<T> events,
            EventCodec<T> codec,
            KeySelector<T, K> key,
            TypeInformation<K> keyType,
            KeySelector<K, String> wordOfKey,
            WindowSpec window,
            WindowJobOptions options) {
        KeyedStream<T, K> keyed = events.keyBy(key, keyType);
        if (options.windowProbe()) {
            // The probe sits after the shuffle, chained to the window operator; reinterpreting its output as
            // keyed avoids a second shuffle, which is valid because it forwards each record on its own key.
            DataStream<T> probed = keyed.process(new WindowInputProbe<K, T>(), codec.typeInfo())
                    .name(PROBE_NAME)
                    .uid(PROBE_NAME);
            keyed = DataStreamUtils.reinterpretAsKeyedStream(probed, key, keyType);
        }
        return keyed.window(assigner(window))
                .aggregate(
                        new CountAggregate<T>(),
                        new AttachWindowBounds<>(wordOfKey, options.reuseResultObject()),
                        Types.LONG,
                        Types.LONG,
                        RESULT_TYPE)
                .name(WINDOW_NAME)
                .uid(WINDOW_NAME);
    }

    /** The second phase of both mitigations: partial counts in, one total per (word, window) out. */
    private static SingleOutputStreamOperator<WindowCount> mergePartials(
            DataStream<WindowCount> partials, WindowJobOptions options) {
        KeySelector<WindowCount, Tuple2<String, Long>> byWordAndWindow = MergeWindowPartials.byWordAndWindow();
        return partials.keyBy(byWordAndWindow, MergeWindowPartials.KEY_TYPE)
                .process(new MergeWindowPartials(options.reuseResultObject()), RESULT_TYPE)
                .name(MERGE_NAME)
                .uid(MERGE_NAME);
    }

    static WindowAssigner<Object, TimeWindow> assigner(WindowSpec window) {
        return window.isTumbling()
                ? TumblingEventTimeWindows.of(Duration.ofMillis(window.sizeMs()))
                : SlidingEventTimeWindows.of(Duration.ofMillis(window.sizeMs()), Duration.ofMillis(window.slideMs()));
    }
}
