package dev.fsbench.api.knobs;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code kstreams.*} knobs, read by the Kafka Streams engine (kafka-streams-bench's KafkaStreamsKnobs). */
public final class KafkaStreamsSettings {

    /** Kafka Streams' own spellings (at_least_once, exactly_once_v2) are accepted too: a choice reads '_' as '-'. */
    public static final String AT_LEAST_ONCE = "at-least-once";

    public static final String EXACTLY_ONCE_V2 = "exactly-once-v2";

    public static final String IN_MEMORY = "in-memory";
    public static final String ROCKSDB = "rocksdb";

    public static final Knob<String> PROCESSING_GUARANTEE = Knob.of(
                    "kstreams.processingGuarantee",
                    KnobType.choice(AT_LEAST_ONCE, EXACTLY_ONCE_V2),
                    "processing.guarantee (at_least_once or exactly_once_v2, either spelling): exactly-once writes output, changelogs and input offsets in one"
                            + " Kafka transaction per thread and commit.")
            .withDefault(AT_LEAST_ONCE);

    public static final Knob<String> STATE_STORE = Knob.of(
                    "kstreams.stateStore",
                    KnobType.choice(IN_MEMORY, ROCKSDB),
                    "The window store behind the count: RocksDB (Kafka Streams' default, off-heap, on disk in the"
                            + " engine's temp dir) or in-memory (on the heap); both are backed by a changelog topic.")
            .withDefault(ROCKSDB);

    public static final Knob<Long> COMMIT_INTERVAL_MS = Knob.of(
                    "kstreams.commitIntervalMs",
                    KnobType.longAtLeast(1),
                    "commit.interval.ms. The record cache flushes on commit, so a closed window reaches the"
                            + " suppression (and the output) only then: the same 100 ms for both guarantees (Kafka"
                            + " Streams' own default is 30000 at-least-once, 100 exactly-once).")
            .withDefault(100L);

    public static final List<Knob<?>> KNOBS = List.of(PROCESSING_GUARANTEE, STATE_STORE, COMMIT_INTERVAL_MS);

    /** Any Kafka Streams key, written with the prefix: {@code kstreams.statestore.cache.max.bytes=0}. */
    public static final PassThrough CONFIGURATION = new PassThrough(
            KnobNamespace.KSTREAMS,
            "kstreams.",
            true,
            true,
            "Any Kafka Streams configuration key, prefixed with 'kstreams.' (e.g."
                    + " kstreams.statestore.cache.max.bytes=0, kstreams.producer.linger.ms=5), is set on the"
                    + " StreamsConfig after the knobs above; it is checked against StreamsConfig and the client"
                    + " configs of Kafka's classpath before the run starts. application.id, bootstrap.servers and"
                    + " state.dir belong to the engine and are set last.",
            Map.of(
                    "num.stream.threads", "--parallelism",
                    "processing.guarantee", PROCESSING_GUARANTEE.key(),
                    "commit.interval.ms", COMMIT_INTERVAL_MS.key(),
                    "default.dsl.store", STATE_STORE.key(),
                    "dsl.store.suppliers.class", STATE_STORE.key()),
            // Kafka Streams opens no listener of its own: nothing to keep on loopback
            Set.of());

    private KafkaStreamsSettings() {}
}
