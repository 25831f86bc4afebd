package dev.fsbench.harness.generator;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.kafka.KafkaBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;

/**
 * The producers the generator's threads send with: one shared by all (the default) or one per thread
 * ({@code harness.generatorProducerPerThread}), opened with {@link GeneratorProducer}'s settings. Closing closes
 * them all.
 */
public final class GeneratorProducers implements AutoCloseable {

    private final List<KafkaProducer<byte[], byte[]>> producers;

    private GeneratorProducers(List<KafkaProducer<byte[], byte[]>> producers) {
        this.producers = List.copyOf(producers);
    }

    /** As many producers as {@code spec}'s knobs ask for, metadata for {@code topic} fetched. */
    public static GeneratorProducers open(KafkaBackend kafka, String topic, WorkloadSpec spec) {
        return open(kafka, topic, spec, Map.of());
    }

    /** As {@link #open(KafkaBackend, String, WorkloadSpec)} with producer settings on top of the generator's. */
    public static GeneratorProducers open(
            KafkaBackend kafka, String topic, WorkloadSpec spec, Map<String, String> producerSettings) {
        int count =
                HarnessSettings.GENERATOR_PRODUCER_PER_THREAD.get(spec) ? HarnessSettings.generatorThreads(spec) : 1;
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
