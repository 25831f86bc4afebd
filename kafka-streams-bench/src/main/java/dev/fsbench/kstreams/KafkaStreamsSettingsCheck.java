package dev.fsbench.kstreams;

import dev.fsbench.api.knobs.EngineKeyCheck;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Run by the harness on this module's classpath before the broker starts: checks the workload's Kafka Streams keys
 * ({@code kstreams.<key>}, given as arguments) against StreamsConfig and, for Kafka Streams' client prefixes
 * ({@code producer.}, {@code consumer.}, {@code main.consumer.}, ...), against that client's config. Exit 0, or 2
 * if a key is unknown and near a known one; see {@link EngineKeyCheck}.
 */
public final class KafkaStreamsSettingsCheck {

    private KafkaStreamsSettingsCheck() {}

    public static void main(String[] knobKeys) {
        System.exit(EngineKeyCheck.run("Kafka Streams", List.of(knobKeys), knownKeys(), List.of(), System.out));
    }

    static Set<String> knownKeys() {
        Set<String> known = new HashSet<>(StreamsConfig.configDef().names());
        for (String consumerPrefix : List.of(
                StreamsConfig.CONSUMER_PREFIX,
                StreamsConfig.MAIN_CONSUMER_PREFIX,
                StreamsConfig.RESTORE_CONSUMER_PREFIX,
                StreamsConfig.GLOBAL_CONSUMER_PREFIX)) {
            ConsumerConfig.configNames().forEach(key -> known.add(consumerPrefix + key));
        }
        ProducerConfig.configNames().forEach(key -> known.add(StreamsConfig.PRODUCER_PREFIX + key));
        // unprefixed client keys reach every client that knows them
        known.addAll(ConsumerConfig.configNames());
        known.addAll(ProducerConfig.configNames());
        known.addAll(AdminClientConfig.configNames());
        AdminClientConfig.configNames().forEach(key -> known.add(StreamsConfig.ADMIN_CLIENT_PREFIX + key));
        topicConfigNames().forEach(key -> known.add(StreamsConfig.TOPIC_PREFIX + key));
        return known;
    }

    /** The topic-level configs internal topics take ({@code topic.<config>}): TopicConfig's *_CONFIG constants. */
    private static Set<String> topicConfigNames() {
        Set<String> names = new HashSet<>();
        for (var field : TopicConfig.class.getFields()) {
            if (field.getName().endsWith("_CONFIG") && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}
