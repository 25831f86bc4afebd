package dev.fsbench.baseline;

import dev.fsbench.api.EngineContext;
import dev.fsbench.api.EngineJob;
import dev.fsbench.api.EngineMain;
import dev.fsbench.api.JobSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.BaselineSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The framework-free floor: one thread, a plain consumer and producer, the same event-time windowed word count
 * as the engines (bounded out-of-orderness watermarks per partition, epoch-aligned windows). Whatever an engine
 * costs beyond this is the framework's overhead. The counting runs in {@link BaselineLoop} on its own thread;
 * this class sets it up and stops it for {@link EngineMain}.
 */
public final class BaselineEngine implements EngineJob {

    private final EngineContext context;
    private final JobSpec job;
    private final long idleTimeoutMs;
    private final long throttleEventsPerSec;
    private KafkaConsumer<byte[], byte[]> consumer;
    private KafkaProducer<byte[], byte[]> producer;
    private BaselineLoop loop;

    private BaselineEngine(EngineContext context) {
        this.context = context;
        this.job = context.job();
        WorkloadSpec workload = job.workload();
        this.idleTimeoutMs = BaselineSettings.IDLE_TIMEOUT_MS.get(workload);
        this.throttleEventsPerSec = BaselineSettings.THROTTLE_EVENTS_PER_SEC.get(workload);
    }

    public static void main(String[] args) {
        EngineMain.run(args, BaselineEngine::new);
    }

    /** Ready once the consumer holds every input partition from its beginning and the output topic is known. */
    @Override
    public Map<String, Object> start() {
        WorkloadSpec workload = job.workload();
        consumer = new KafkaConsumer<>(
                consumerProps(job, throttleEventsPerSec), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        producer = new KafkaProducer<>(producerProps(job), new ByteArraySerializer(), new ByteArraySerializer());
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
        loop = new BaselineLoop(
                consumer,
                producer,
                job.outputTopic(),
                watermarks,
                windows,
                context.metrics(),
                Throttle.of(throttleEventsPerSec));
        loop.start();

        Map<String, Object> info = new LinkedHashMap<>();
        info.put("partitions", partitions.size());
        info.put("idleTimeoutMs", idleTimeoutMs);
        info.put("throttleEventsPerSec", throttleEventsPerSec);
        return info;
    }

    @Override
    public void throwIfFailed() {
        loop.throwIfFailed();
    }

    /** Ends the loop after its current poll; every window emitted so far is flushed to the output topic. */
    @Override
    public Map<String, Object> stop() throws InterruptedException {
        loop.stop();
        loop.throwIfFailed();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("recordsIn", loop.recordsIn());
        summary.put("recordsOut", loop.recordsOut());
        summary.put("lateEventsDropped", loop.lateEvents());
        summary.put("idleTimeoutMs", idleTimeoutMs);
        return summary;
    }

    @Override
    public void close() {
        try {
            if (loop != null) {
                loop.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeClients();
        }
    }

    private void closeClients() {
        if (consumer != null) {
            consumer.close();
            consumer = null;
        }
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    /**
     * Throttled, a poll returns at most 50 ms of work at the limit, so the throttle's pauses stay short, and a
     * partition's fetch holds about a second of it (at about 32 bytes a record): the consumer drains one
     * partition's fetch before the next, and a partition not polled for the idle timeout would stop holding back
     * the watermark; while one partition's fetch is worked through, the other's next fetch is already on its way.
     */
    private static Properties consumerProps(JobSpec job, long throttleEventsPerSec) {
        Properties props = new Properties();
        props.putAll(job.kafkaClientProperties());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, job.bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        long maxPollRecords =
                throttleEventsPerSec == 0 ? 10_000 : Math.max(1, Math.min(throttleEventsPerSec / 20, 10_000));
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(maxPollRecords));
        if (throttleEventsPerSec > 0) {
            long fetchBytes = Math.max(64 * 1024, Math.min(1024 * 1024, throttleEventsPerSec * 32));
            props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(fetchBytes));
        }
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
