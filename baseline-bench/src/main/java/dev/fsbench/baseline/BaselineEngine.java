package dev.fsbench.baseline;

import dev.fsbench.api.EngineSession;
import dev.fsbench.api.JobSpec;
import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WordEvent;
import dev.fsbench.api.WorkloadSpec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The framework-free floor: one thread, a plain consumer and producer, the same event-time windowed word count
 * as the engines (bounded out-of-orderness watermarks per partition, epoch-aligned windows). Whatever an engine
 * costs beyond this is the framework's overhead.
 */
public final class BaselineEngine {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final long METRICS_INTERVAL_MS = 1000;

    private BaselineEngine() {}

    public static void main(String[] args) throws Exception {
        try (EngineSession session = EngineSession.open(args)) {
            run(session);
        }
    }

    private static void run(EngineSession session) throws Exception {
        JobSpec job = session.job();
        WorkloadSpec workload = job.workload();
        long idleTimeoutMs = workload.longProperty("baseline.idleTimeoutMs", 5_000);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                        consumerProps(job), new ByteArrayDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<byte[], byte[]> producer =
                        new KafkaProducer<>(producerProps(job), new ByteArraySerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(job.inputTopic(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            producer.partitionsFor(job.outputTopic());

            PartitionWatermarks watermarks = new PartitionWatermarks(
                    partitions.stream().map(TopicPartition::partition).toList(),
                    workload.outOfOrdernessMs(),
                    idleTimeoutMs,
                    System.currentTimeMillis());
            WindowCounts windows = new WindowCounts(workload.window());
            session.ready(Map.of("partitions", partitions.size(), "idleTimeoutMs", idleTimeoutMs));

            long recordsIn = 0;
            long recordsOut = 0;
            long nextMetricsAt = System.currentTimeMillis() + METRICS_INTERVAL_MS;
            while (!session.stopRequested()) {
                long polledAt = System.currentTimeMillis();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    WordEvent event = RecordFormat.decodeEvent(record.value());
                    watermarks.observe(record.partition(), event.eventTimeMs(), polledAt);
                    windows.add(event);
                    recordsIn++;
                }
                long watermark = watermarks.current(System.currentTimeMillis());
                recordsOut += windows.emitUpTo(
                        watermark,
                        result -> producer.send(new ProducerRecord<>(
                                job.outputTopic(),
                                RecordFormat.encodeKey(result.word()),
                                RecordFormat.encodeWindowResult(result))));
                long now = System.currentTimeMillis();
                if (now >= nextMetricsAt) {
                    session.metric("baseline.recordsIn", Map.of(), recordsIn);
                    session.metric("baseline.recordsOut", Map.of(), recordsOut);
                    session.metric("baseline.openWindows", Map.of(), windows.openWindows());
                    session.metric("baseline.lateEvents", Map.of(), windows.lateEvents());
                    if (watermark != Long.MIN_VALUE) {
                        session.metric("baseline.watermarkLagMs", Map.of(), now - watermark);
                    }
                    nextMetricsAt = now + METRICS_INTERVAL_MS;
                }
            }
            producer.flush();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("recordsIn", recordsIn);
            summary.put("recordsOut", recordsOut);
            summary.put("lateEventsDropped", windows.lateEvents());
            summary.put("idleTimeoutMs", idleTimeoutMs);
            session.summary(summary);
        }
    }

    private static Properties consumerProps(JobSpec job) {
        Properties props = new Properties();
        props.putAll(job.kafkaClientProperties());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, job.bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000");
        return props;
    }

    private static Properties producerProps(JobSpec job) {
        Properties props = new Properties();
        props.putAll(job.kafkaClientProperties());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, job.bootstrapServers());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return props;
    }
}
