package dev.fsbench.flink;

import dev.fsbench.api.WindowResult;
import dev.fsbench.api.WindowSpec;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.WindowAssigner;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;

/**
 * The windowed word count, independent of where events come from and where counts go (Kafka in a run, a
 * bounded collection in tests): keyBy(word), event-time windows, incremental count.
 */
public final class WordCountPipeline {

    /** Operator names double as the vertex names in the Web UI, REST metrics and the result. */
    public static final String PROBE_NAME = "window-input-probe";

    public static final String WINDOW_NAME = "window-count";

    static final TypeInformation<WindowResult> RESULT_TYPE = TypeInformation.of(WindowResult.class);

    private WordCountPipeline() {}

    /**
     * Bounded out-of-orderness on the event's own time; idle partitions stop holding the watermark back
     * after {@code idlenessMs} (otherwise one quiet partition would stall every window).
     */
    public static <T> WatermarkStrategy<T> watermarks(EventCodec<T> codec, long outOfOrdernessMs, long idlenessMs) {
        return WatermarkStrategy.<T>forBoundedOutOfOrderness(Duration.ofMillis(outOfOrdernessMs))
                .withTimestampAssigner(new EventTimeAssigner<>(codec))
                .withIdleness(Duration.ofMillis(idlenessMs));
    }

    /** Events already carrying timestamps and watermarks in, one count per (window, word) out. */
    public static <T> SingleOutputStreamOperator<WindowResult> windowedCounts(
            DataStream<T> timestampedEvents, EventCodec<T> codec, WindowSpec window) {
        WordKey<T> byWord = new WordKey<>(codec);
        // The probe sits after the shuffle, chained to the window operator; reinterpreting its output as
        // keyed avoids a second shuffle, which is valid because it forwards each record on its own key.
        DataStream<T> probed = timestampedEvents
                .keyBy(byWord)
                .process(new WindowInputProbe<T>(), codec.typeInfo())
                .name(PROBE_NAME)
                .uid(PROBE_NAME);
        return DataStreamUtils.reinterpretAsKeyedStream(probed, byWord, Types.STRING)
                .window(assigner(window))
                .aggregate(new CountAggregate<T>(), new AttachWindowBounds(), Types.LONG, Types.LONG, RESULT_TYPE)
                .name(WINDOW_NAME)
                .uid(WINDOW_NAME);
    }

    static WindowAssigner<Object, TimeWindow> assigner(WindowSpec window) {
        return window.isTumbling()
                ? TumblingEventTimeWindows.of(Duration.ofMillis(window.sizeMs()))
                : SlidingEventTimeWindows.of(Duration.ofMillis(window.sizeMs()), Duration.ofMillis(window.slideMs()));
    }
}
