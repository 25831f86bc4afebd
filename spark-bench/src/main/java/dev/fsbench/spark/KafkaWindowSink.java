package dev.fsbench.spark;

import dev.fsbench.api.RecordFormat;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import scala.Tuple2;

/**
 * Writes window counts to the output topic in {@link RecordFormat}. One producer per JVM (driver in local
 * mode, each executor on a cluster), created on first use: producers are expensive and thread-safe.
 */
final class KafkaWindowSink implements WindowSink {

    private static final Map<Map<String, String>, Producer<String, String>> PRODUCERS = new ConcurrentHashMap<>();

    private final HashMap<String, String> producerProperties;
    private final String topic;

    KafkaWindowSink(Map<String, Object> clientProperties, String topic) {
        this.producerProperties = new HashMap<>();
        clientProperties.forEach((key, value) -> producerProperties.put(key, String.valueOf(value)));
        this.topic = topic;
    }

    @Override
    public void write(long windowStartMs, long windowEndMs, Iterator<Tuple2<String, Long>> counts) {
        Producer<String, String> producer = PRODUCERS.computeIfAbsent(producerProperties, KafkaWindowSink::newProducer);
        while (counts.hasNext()) {
            Tuple2<String, Long> count = counts.next();
            producer.send(new ProducerRecord<>(
                    topic,
                    count._1(),
                    RecordFormat.windowResultText(windowStartMs, windowEndMs, count._1(), count._2())));
        }
        // A batch only completes once its windows are on the broker (at-least-once, like the Kafka sink of SQL).
        producer.flush();
    }

    private static Producer<String, String> newProducer(Map<String, String> properties) {
        Map<String, Object> config = new HashMap<>(properties);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Closes this JVM's producers (the driver's, at the end of a local run). */
    static void closeAll() {
        PRODUCERS.values().forEach(Producer::close);
        PRODUCERS.clear();
    }
}
