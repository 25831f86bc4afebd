package dev.fsbench.baseline;

import dev.fsbench.api.MetricSink;
import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WordEvent;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The baseline's one thread: poll, advance the watermarks, count, emit every window the watermark has passed,
 * and report its figures once a second, until {@link #stop()}. The consumer is used by this thread only.
 */
final class BaselineLoop {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final long METRICS_INTERVAL_MS = 1000;

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final String outputTopic;
    private final PartitionWatermarks watermarks;
    private final WindowCounts windows;
    private final MetricSink metrics;
    private final Throttle throttle;
    private final Thread thread = new Thread(this::run, "baseline-loop");
    private volatile boolean stopping;
    private volatile Throwable failure;
    // written by the loop thread, read after it ended (Thread.join orders the two)
    private long recordsIn;
    private long recordsOut;

    BaselineLoop(
            KafkaConsumer<byte[], byte[]> consumer,
            KafkaProducer<byte[], byte[]> producer,
            String outputTopic,
            PartitionWatermarks watermarks,
            WindowCounts windows,
            MetricSink metrics,
            Throttle throttle) {
        this.consumer = consumer;
        this.producer = producer;
        this.outputTopic = outputTopic;
        this.watermarks = watermarks;
        this.windows = windows;
        this.metrics = metrics;
        this.throttle = throttle;
    }

    void start() {
        thread.start();
    }

    /** Ends the loop after its current poll and waits for it; safe to call again. */
    void stop() throws InterruptedException {
        stopping = true;
        if (thread.isAlive()) {
            thread.join();
        }
    }

    /** Rethrows what ended the loop early, if anything did. */
    void throwIfFailed() {
        Throwable cause = failure;
        if (cause != null) {
            throw new IllegalStateException("the baseline's loop failed: " + cause, cause);
        }
    }

    long recordsIn() {
        return recordsIn;
    }

    long recordsOut() {
        return recordsOut;
    }

    long lateEvents() {
        return windows.lateEvents();
    }

    private void run() {
        try {
            long nextMetricsAt = System.currentTimeMillis() + METRICS_INTERVAL_MS;
            while (!stopping) {
                long watermark = pollAndEmit();
                long now = System.currentTimeMillis();
                if (now >= nextMetricsAt) {
                    reportMetrics(watermark, now);
                    nextMetricsAt = now + METRICS_INTERVAL_MS;
                }
            }
            producer.flush();
        } catch (Throwable e) {
            failure = e;
        }
    }

    /**
     * One poll: count what arrived, emit what the watermark closed; returns the watermark. A throttle holds the
     * loop after counting, so the watermark, and with it every window, advances no faster than the limit allows.
     */
    private long pollAndEmit() throws InterruptedException {
        long polledAt = System.currentTimeMillis();
        int polled = 0;
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
            WordEvent event = RecordFormat.decodeEvent(record.value());
            watermarks.observe(record.partition(), event.eventTimeMs(), polledAt);
            windows.add(event);
            recordsIn++;
            polled++;
        }
        throttle.processed(polled);
        long watermark = watermarks.current(System.currentTimeMillis());
        recordsOut += windows.emitUpTo(
                watermark,
                result -> producer.send(new ProducerRecord<>(
                        outputTopic, RecordFormat.encodeKey(result.word()), RecordFormat.encodeWindowResult(result))));
        return watermark;
    }

    private void reportMetrics(long watermark, long now) {
        metrics.metric("baseline.recordsIn", Map.of(), recordsIn);
        // what the loop polled from the input topic: with a throttle it polls no faster than it counts
        metrics.metric(MetricSink.INTAKE_EVENTS_TOTAL, Map.of(), recordsIn);
        metrics.metric("baseline.recordsOut", Map.of(), recordsOut);
        metrics.metric("baseline.openWindows", Map.of(), windows.openWindows());
        metrics.metric("baseline.lateEvents", Map.of(), windows.lateEvents());
        if (watermark != Long.MIN_VALUE) {
            metrics.metric("baseline.watermarkLagMs", Map.of(), now - watermark);
        }
    }
}
