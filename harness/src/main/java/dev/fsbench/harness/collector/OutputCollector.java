package dev.fsbench.harness.collector;

import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WindowResult;
import dev.fsbench.results.Verification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the output topic from the beginning (read_committed, so an exactly-once engine's aborted writes never
 * count) on its own thread: keeps every window result for verification, records the latency of windows that
 * end inside the measured phase, and sums counts per second of emit time for the output throughput.
 */
public final class OutputCollector implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final ReceivedWindows received = new ReceivedWindows();
    private final LatencyRecorder latency;
    private final ConcurrentSkipListMap<Long, AtomicLong> countsByEmitSecond = new ConcurrentSkipListMap<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong notLogAppendTime = new AtomicLong();
    private final AtomicLong records = new AtomicLong();
    private volatile long recordsAtWatchStart = -1;
    private final Thread thread;
    private volatile long measureFromMs = Long.MAX_VALUE;
    private volatile long measureToMs = Long.MIN_VALUE;
    private volatile boolean running = true;

    public OutputCollector(
            String bootstrapServers, Map<String, String> clientProperties, String topic, LatencyRecorder latency) {
        this.latency = latency;
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        consumer.assign(partitions.stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList());
        consumer.seekToBeginning(consumer.assignment());
        this.thread = new Thread(this::pollLoop, "collector-" + topic);
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Latency counts only windows ending in [fromMs, toMs]: the measured phase, known once the generator starts. */
    public void measureWindowsEndingBetween(long fromMs, long toMs) {
        this.measureFromMs = fromMs;
        this.measureToMs = toMs;
    }

    private void pollLoop() {
        try {
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    accept(record);
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // close() woke us up
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void accept(ConsumerRecord<byte[], byte[]> record) {
        records.incrementAndGet();
        WindowResult result;
        try {
            result = RecordFormat.decodeWindowResult(record.value());
        } catch (IllegalArgumentException e) {
            malformed.incrementAndGet();
            return;
        }
        if (record.timestampType() != TimestampType.LOG_APPEND_TIME) {
            notLogAppendTime.incrementAndGet();
        }
        received.add(result);
        long emitMs = record.timestamp();
        latency.recordAnyWindow(emitMs - result.windowEndMs());
        countsByEmitSecond
                .computeIfAbsent(emitMs / 1000 * 1000, s -> new AtomicLong())
                .addAndGet(result.count());
        if (result.windowEndMs() > measureFromMs && result.windowEndMs() <= measureToMs) {
            latency.record(emitMs - result.windowEndMs(), result.windowEndMs());
            latency.recordVisible(System.currentTimeMillis() - result.windowEndMs());
        }
    }

    /**
     * The engine has delivered what it owes: from now on, records that arrive are late (a duplicate after a
     * restart, a replay) and counted as arrived during the watch.
     */
    public void startWatch() {
        recordsAtWatchStart = records.get();
    }

    /**
     * What the collector counted beside the window results, once it has stopped.
     *
     * @param negativeLatencyFails whether broker and harness share a clock, so that a negative latency is an error
     * @param watchMs              how long it watched for late records (0 if it did not)
     */
    public Verification.OutputRecords outputRecords(boolean negativeLatencyFails, long watchMs) {
        long total = records.get();
        return new Verification.OutputRecords(
                total,
                malformed.get(),
                notLogAppendTime.get(),
                latency.negativeLatencies(),
                latency.latenciesAboveRange(),
                negativeLatencyFails,
                watchMs,
                recordsAtWatchStart < 0 ? 0 : total - recordsAtWatchStart);
    }

    public ReceivedWindows received() {
        return received;
    }

    public long malformedRecords() {
        return malformed.get();
    }

    /** Records whose timestamp is not the broker's append time (a misconfigured output topic). */
    public long recordsWithoutLogAppendTime() {
        return notLogAppendTime.get();
    }

    /**
     * Sum of emitted counts per second of emit time (epoch ms of the second's start): the output records' broker
     * append time (LogAppendTime), so the second in which the engine delivered them.
     */
    public Map<Long, Long> countsByEmitSecond() {
        Map<Long, Long> copy = new java.util.TreeMap<>();
        countsByEmitSecond.forEach((second, sum) -> copy.put(second, sum.get()));
        return copy;
    }

    public Throwable failure() {
        return failure.get();
    }

    @Override
    public void close() {
        running = false;
        if (thread.getState() == Thread.State.NEW) {
            consumer.close(Duration.ofSeconds(5));
            return;
        }
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
