package dev.fsbench.kstreams;

import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WindowSpec;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;

/**
 * The event-time windowed word count as a Kafka Streams topology:
 *
 * <pre>
 * input (key = word, event time from the value) -> groupByKey -> windowedBy(TimeWindows size/grace[/advance])
 *   -> count (window store "window-counts") -> suppress(untilWindowCloses) -> "start,end,word,count" -> output
 * </pre>
 *
 * The input is keyed by word with Kafka's default partitioner, so {@code groupByKey} needs no repartition topic.
 * The grace period is the workload's out-of-orderness: a task's stream time (its newest event time) is at most
 * that far ahead of any event still to come, so no event is dropped as late, and a window is emitted once, final,
 * when stream time passes its end plus the grace. Kafka Streams' hopping windows are epoch-aligned, as the other
 * engines' and the ground truth's.
 */
public final class WindowedWordCount {

    public static final String STORE = "window-counts";

    private WindowedWordCount() {}

    public static Topology build(
            String inputTopic, String outputTopic, WindowSpec window, long outOfOrdernessMs, boolean rocksDb) {
        Duration size = Duration.ofMillis(window.sizeMs());
        Duration grace = Duration.ofMillis(outOfOrdernessMs);
        TimeWindows windows = TimeWindows.ofSizeAndGrace(size, grace).advanceBy(Duration.ofMillis(window.slideMs()));
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(
                        inputTopic,
                        Consumed.with(Serdes.String(), Serdes.ByteArray())
                                .withTimestampExtractor(new EventTimeExtractor()))
                .groupByKey(Grouped.with(Serdes.String(), Serdes.ByteArray()))
                .windowedBy(windows)
                .count(Materialized.<String, Long>as(store(size, grace, rocksDb))
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.Long()))
                .suppress(Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded()))
                .toStream()
                .map(WindowedWordCount::result)
                .to(outputTopic, Produced.with(Serdes.String(), Serdes.String()));
        return builder.build();
    }

    /** A window is kept no longer than it can still change: its size plus the grace period. */
    static WindowBytesStoreSupplier store(Duration size, Duration grace, boolean rocksDb) {
        Duration retention = size.plus(grace);
        return rocksDb
                ? Stores.persistentTimestampedWindowStore(STORE, retention, size, false)
                : Stores.inMemoryWindowStore(STORE, retention, size, false);
    }

    private static KeyValue<String, String> result(Windowed<String> window, Long count) {
        String word = window.key();
        return KeyValue.pair(
                word,
                RecordFormat.windowResultText(
                        window.window().start(), window.window().end(), word, count));
    }
}
