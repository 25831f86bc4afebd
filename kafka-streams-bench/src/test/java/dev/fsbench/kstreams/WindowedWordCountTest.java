package dev.fsbench.kstreams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WindowResult;
import dev.fsbench.api.WindowSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The topology on Kafka Streams' own test driver: out-of-order events within the grace period all count, each
 * window is emitted once, final, only after stream time passed its end plus the grace, in the shared output format.
 */
class WindowedWordCountTest {

    private static final long GRACE_MS = 300;

    @TempDir
    Path stateDir;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void tumblingWindowsAreEmittedOnceFinalWithOutOfOrderEventsCounted(boolean rocksDb) {
        try (TopologyTestDriver driver = driver(WindowSpec.tumbling(1_000), rocksDb)) {
            TestInputTopic<String, byte[]> in = input(driver);
            TestOutputTopic<String, String> out = output(driver);
            send(in, 10_100, "a");
            send(in, 10_900, "a");
            send(in, 11_200, "b"); // stream time 11,200: window [10,000, 11,000) still within its grace
            send(in, 10_950, "a"); // 250 ms out of order: counted
            assertThat(out.isEmpty()).isTrue();
            send(in, 11_300, "b"); // stream time 11,300 = end + grace: [10,000, 11,000) closes
            assertThat(results(out)).containsExactly(new WindowResult(10_000, 11_000, "a", 3));
            send(in, 12_400, "c");
            assertThat(results(out)).containsExactly(new WindowResult(11_000, 12_000, "b", 2));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void slidingWindowsAreEpochAlignedHoppingWindows(boolean rocksDb) {
        try (TopologyTestDriver driver = driver(new WindowSpec(2_000, 500), rocksDb)) {
            TestInputTopic<String, byte[]> in = input(driver);
            TestOutputTopic<String, String> out = output(driver);
            send(in, 10_700, "a"); // in [9,000, 11,000), [9,500, 11,500), [10,000, 12,000), [10,500, 12,500)
            send(in, 13_000, "z"); // closes every window ending at or before 12,700
            assertThat(results(out))
                    .containsExactlyInAnyOrder(
                            new WindowResult(9_000, 11_000, "a", 1),
                            new WindowResult(9_500, 11_500, "a", 1),
                            new WindowResult(10_000, 12_000, "a", 1),
                            new WindowResult(10_500, 12_500, "a", 1));
        }
    }

    private TopologyTestDriver driver(WindowSpec window, boolean rocksDb) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "windowed-word-count-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new TopologyTestDriver(WindowedWordCount.build("in", "out", window, GRACE_MS, rocksDb), props);
    }

    private static TestInputTopic<String, byte[]> input(TopologyTestDriver driver) {
        return driver.createInputTopic("in", new StringSerializer(), new ByteArraySerializer());
    }

    private static TestOutputTopic<String, String> output(TopologyTestDriver driver) {
        return driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer());
    }

    /** The record's own timestamp is 0: the window must come from the event time in the value. */
    private static void send(TestInputTopic<String, byte[]> in, long eventTimeMs, String word) {
        in.pipeInput(word, RecordFormat.encodeEvent(eventTimeMs, word, 4), 0L);
    }

    private static List<WindowResult> results(TestOutputTopic<String, String> out) {
        return out.readKeyValuesToList().stream()
                .map(kv -> {
                    WindowResult result = RecordFormat.parseWindowResult(kv.value);
                    assertThat(kv.key).isEqualTo(result.word());
                    return result;
                })
                .toList();
    }
}
