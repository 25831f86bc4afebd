package dev.fsbench.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WindowResult;
import dev.fsbench.api.WindowSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The window counts on a MiniCluster against ground truth, with events out of order within the bound. */
class WordCountPipelineTest {

    private static final long OUT_OF_ORDERNESS_MS = 400;
    private static final long START_MS = 1_700_000_000_123L;
    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "epsilon"};

    @Test
    void theCountingVertexIsTheWindowOrTheLocalPreCount() {
        assertThat(WordCountPipeline.isCountingVertex("window-input-probe -> window-count -> kafka-output: Writer"))
                .isTrue();
        assertThat(WordCountPipeline.isCountingVertex("window-local-count")).isTrue();
        assertThat(WordCountPipeline.isCountingVertex("window-merge -> kafka-output: Writer"))
                .isFalse();
    }

    /** Every graph knob changes how the counts are made, never what they are. */
    @ParameterizedTest(name = "{0} {1}/{2} ms, skew mitigation {3}, reuse {4}, probe {5}")
    @CsvSource({
        "POJO, 1000, 1000, NONE, false, false",
        "TUPLE, 1000, 1000, NONE, false, true",
        "KRYO, 1000, 1000, NONE, true, false",
        "POJO, 1000, 250, NONE, true, true",
        "TUPLE, 2000, 500, NONE, false, false",
        "POJO, 1000, 1000, SALT, false, true",
        "TUPLE, 2000, 500, SALT, true, false",
        "POJO, 1000, 1000, REBALANCE, true, false",
        "KRYO, 2000, 500, REBALANCE, false, false"
    })
    void countsEveryWindowExactly(
            RecordType recordType,
            long sizeMs,
            long slideMs,
            SkewMitigation skewMitigation,
            boolean reuseResultObject,
            boolean windowProbe)
            throws Exception {
        WindowSpec window = new WindowSpec(sizeMs, slideMs);
        List<byte[]> input = outOfOrderEvents(4_000, 3);
        WindowJobOptions options = WindowJobOptions.defaults()
                .withSkewMitigation(skewMitigation, 4)
                .withReuseResultObject(reuseResultObject)
                .withWindowProbe(windowProbe);

        List<WindowResult> output = run(EventCodec.of(recordType), window, options, input);

        assertThat(output).doesNotHaveDuplicates();
        assertThat(asCounts(output)).isEqualTo(groundTruth(window, input));
    }

    private static <T> List<WindowResult> run(
            EventCodec<T> codec, WindowSpec window, WindowJobOptions options, List<byte[]> input) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        List<T> events = new ArrayList<>();
        input.forEach(value -> events.add(codec.decode(value)));
        DataStream<T> timestamped = env.fromData(events, codec.typeInfo())
                .setParallelism(1)
                .assignTimestampsAndWatermarks(WordCountPipeline.watermarks(codec, OUT_OF_ORDERNESS_MS, 5_000))
                .setParallelism(1);
        List<WindowResult> results = new ArrayList<>();
        try (CloseableIterator<WindowCount> iterator = WordCountPipeline.windowedCounts(
                        timestamped, codec, window, options)
                .executeAndCollect("word count test")) {
            iterator.forEachRemaining(count -> results.add(count.toResult()));
        }
        return results;
    }

    /** Event time steps forward; each event is pushed back by up to the allowed disorder, as the generator does. */
    private static List<byte[]> outOfOrderEvents(int count, long stepMs) {
        Random random = new Random(42);
        List<byte[]> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long scheduled = START_MS + i * stepMs;
            long eventTime = scheduled - (long) (random.nextDouble() * OUT_OF_ORDERNESS_MS);
            // every other event padded, as a workload's payloadBytes does: the counts must not change
            events.add(RecordFormat.encodeEvent(eventTime, WORDS[random.nextInt(WORDS.length)], i % 2 * 100));
        }
        return events;
    }

    private static Map<String, Long> groundTruth(WindowSpec window, List<byte[]> input) {
        Map<String, Long> counts = new HashMap<>();
        for (byte[] value : input) {
            var event = RecordFormat.decodeEvent(value);
            window.forEachWindowStart(
                    event.eventTimeMs(),
                    start -> counts.merge(
                            RecordFormat.windowResultText(start, window.windowEnd(start), event.word(), 0),
                            1L,
                            Long::sum));
        }
        return counts;
    }

    private static Map<String, Long> asCounts(List<WindowResult> output) {
        Map<String, Long> counts = new HashMap<>();
        for (WindowResult result : output) {
            counts.put(
                    RecordFormat.windowResultText(result.windowStartMs(), result.windowEndMs(), result.word(), 0),
                    result.count());
        }
        return counts;
    }
}
