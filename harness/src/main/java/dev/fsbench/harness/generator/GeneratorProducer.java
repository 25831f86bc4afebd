package dev.fsbench.harness.generator;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The producer the load generator sends with, in runs and in {@code bench generator-probe} alike, so the probe
 * measures the same ruler the runs use.
 */
public final class GeneratorProducer {

    private GeneratorProducer() {}

    /** The generator's producer settings on top of the backend's client properties (e.g. security). */
    public static Properties settings(String bootstrapServers, Map<String, String> clientProperties) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // idempotence (the default with acks=all) keeps retries from duplicating input: the ground truth
        // counts every event exactly once. Left implicit so a broker that does not allow it still takes the load.
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(64 * 1024));
        return props;
    }

    /** A producer with {@link #settings}, its metadata for {@code topic} already fetched. */
    public static KafkaProducer<byte[], byte[]> open(
            String bootstrapServers, Map<String, String> clientProperties, String topic) {
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                settings(bootstrapServers, clientProperties), new ByteArraySerializer(), new ByteArraySerializer());
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
