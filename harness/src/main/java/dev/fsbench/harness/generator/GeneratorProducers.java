package dev.fsbench.harness.generator;

import dev.fsbench.harness.kafka.KafkaBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;

/**
 * Producers for the generator's threads when measuring the ruler alone: one shared by all (what runs use) or one
 * per thread ({@code generator-probe --producer-per-thread}). Runs keep one shared producer: each producer's
 * batches reach a partition on their own, so with several producers events would arrive out of schedule order by
 * up to about {@code linger.ms} beyond the out-of-orderness bound, and an engine could drop some as late. Closing
 * closes them all.
 */
public final class GeneratorProducers implements AutoCloseable {

    private final List<KafkaProducer<byte[], byte[]>> producers;

    private GeneratorProducers(List<KafkaProducer<byte[], byte[]>> producers) {
        this.producers = List.copyOf(producers);
    }

    /** {@code count} producers with the generator's settings and {@code producerSettings} on top. */
    public static GeneratorProducers open(
            KafkaBackend kafka, String topic, int count, Map<String, String> producerSettings) {
        List<KafkaProducer<byte[], byte[]>> opened = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                opened.add(GeneratorProducer.open(
                        kafka.bootstrapServers(), kafka.clientProperties(), topic, producerSettings));
            }
        } catch (RuntimeException e) {
            opened.forEach(KafkaProducer::close);
            throw e;
        }
        return new GeneratorProducers(opened);
    }

    /** One producer, or one per sender thread. */
    public List<? extends Producer<byte[], byte[]>> all() {
        return producers;
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (KafkaProducer<byte[], byte[]> producer : producers) {
            try {
                producer.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
