package dev.fsbench.harness.generator;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The producer the load generator sends with, in runs and in {@code bench generator-probe} alike, so the probe
 * measures the same ruler the runs use. One producer serves all the generator's sender threads (KafkaProducer
 * is thread-safe): its batches fill faster than several producers' would, and one I/O thread is all the CPU a
 * 2-core machine can spare for it.
 */
public final class GeneratorProducer {

    /** The generator's own producer settings (before overrides). */
    public static final Map<String, String> DEFAULTS = Map.of(
            // idempotence (the default with acks=all) keeps retries from duplicating input: the ground truth
            // counts every event exactly once. Left implicit so a broker that does not allow it still takes the load.
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.LINGER_MS_CONFIG, "2",
            ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(64 * 1024));

    private GeneratorProducer() {}

    /** The generator's producer settings on top of the backend's client properties (e.g. security). */
    public static Properties settings(String bootstrapServers, Map<String, String> clientProperties) {
        return settings(bootstrapServers, clientProperties, Map.of());
    }

    /** As {@link #settings(String, Map)}, then {@code overrides} (producer settings a user chose) on top. */
    public static Properties settings(
            String bootstrapServers, Map<String, String> clientProperties, Map<String, String> overrides) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.putAll(DEFAULTS);
        props.putAll(overrides);
        return props;
    }

    /** A producer with {@link #settings}, its metadata for {@code topic} already fetched. */
    public static KafkaProducer<byte[], byte[]> open(
            String bootstrapServers, Map<String, String> clientProperties, String topic) {
        return open(bootstrapServers, clientProperties, topic, Map.of());
    }

    /** As {@link #open(String, Map, String)} with {@code overrides} on top of the generator's settings. */
    public static KafkaProducer<byte[], byte[]> open(
            String bootstrapServers,
            Map<String, String> clientProperties,
            String topic,
            Map<String, String> overrides) {
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                settings(bootstrapServers, clientProperties, overrides),
                new ByteArraySerializer(),
                new ByteArraySerializer());
        try {
            // fetch metadata now, not inside the first scheduled send
            producer.partitionsFor(topic);
        } catch (RuntimeException e) {
            producer.close();
            throw e;
        }
        return producer;
    }
}
