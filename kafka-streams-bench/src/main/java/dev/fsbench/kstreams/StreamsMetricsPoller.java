package dev.fsbench.kstreams;

import dev.fsbench.api.MetricSink;
import dev.fsbench.api.SubtaskLoad;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;

/**
 * Reads the client's metrics every second ({@link MetricsSnapshot}) into the engine's series; keeps the latest
 * reading for the summary. Kafka Streams' metrics live in the same JVM, so this is a map read, not a request.
 */
final class StreamsMetricsPoller implements AutoCloseable {

    static final long INTERVAL_MS = 1_000;
    static final String CONSUMED_TOTAL = "kstreams.records-consumed-total";

    private final KafkaStreams streams;
    private final MetricSink sink;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kstreams-metrics");
        thread.setDaemon(true);
        return thread;
    });
    private volatile MetricsSnapshot latest;

    StreamsMetricsPoller(KafkaStreams streams, MetricSink sink) {
        this.streams = streams;
        this.sink = sink;
    }

    void start() {
        timer.scheduleAtFixedRate(this::pollQuietly, 0, INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    /** One reading, written to the series. */
    void pollOnce() {
        Set<String> mainConsumers = streams.metadataForLocalThreads().stream()
                .map(ThreadMetadata::consumerClientId)
                .collect(Collectors.toSet());
        MetricsSnapshot snapshot = MetricsSnapshot.of(streams.metrics(), mainConsumers);
        snapshot.values().forEach((name, value) -> sink.metric(name, Map.of(), value));
        // intake: what the main consumers fetched. A consumer pauses a partition whose input buffer is full, so
        // while the threads fall behind the excess waits in Kafka (docs/backpressure.md)
        Double consumed = snapshot.values().get(CONSUMED_TOTAL);
        if (consumed != null && !consumed.isNaN()) {
            sink.metric(MetricSink.INTAKE_EVENTS_TOTAL, Map.of(), consumed);
        }
        latest = snapshot;
    }

    /** The latest reading's values (NaN as null, as JSON has no NaN). */
    Map<String, Object> latestValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (latest != null) {
            latest.values().forEach((name, value) -> values.put(name, value.isNaN() ? null : value));
        }
        return values;
    }

    /** How the stream threads shared the input: each one's records processed, at the latest reading. */
    Optional<SubtaskLoad> threadLoad() {
        return latest == null || latest.processedPerThread().isEmpty()
                ? Optional.empty()
                : Optional.of(new SubtaskLoad(WindowedWordCount.STORE, latest.processedPerThread()));
    }

    /**
     * The RocksDB stores' size at the latest reading: SST files on disk plus memtables (RocksDB's own estimates);
     * empty with in-memory stores, which Kafka Streams does not size.
     */
    Optional<Long> rocksDbStateBytes() {
        if (latest == null) {
            return Optional.empty();
        }
        Double files = latest.values().get("kstreams.rocksdb.total-sst-files-size");
        Double memTables = latest.values().get("kstreams.rocksdb.size-all-mem-tables");
        if (files == null || memTables == null || files.isNaN() || memTables.isNaN()) {
            return Optional.empty();
        }
        return Optional.of((long) (files + memTables));
    }

    private void pollQuietly() {
        try {
            pollOnce();
        } catch (RuntimeException e) {
            // a reading during a rebalance or the close: the next one will do
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
