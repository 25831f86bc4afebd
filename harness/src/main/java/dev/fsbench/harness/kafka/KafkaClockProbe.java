package dev.fsbench.harness.kafka;

import dev.fsbench.results.ClockOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Measures the broker's clock against the harness's, NTP-style: each probe record goes to a LogAppendTime topic
 * (the broker stamps it when it appends it), so the stamp was taken between the harness's send and its
 * acknowledgement. The midpoint of that interval is the best guess of the harness time at the stamp, and half the
 * round trip bounds the error; the sample with the shortest round trip is the tightest, so it is the one reported.
 * Latency is a harness receive time minus a broker stamp, so it carries the whole offset.
 */
public final class KafkaClockProbe {

    /** Probe records sent; the first also fetches metadata and opens the connection, so it is never used. */
    static final int SAMPLES = 9;

    private static final long SEND_TIMEOUT_MS = 15_000;

    private KafkaClockProbe() {}

    /** Probes a started backend on a topic of its own (deleted with the run's topics on an external cluster). */
    public static ClockOffset measure(KafkaBackend backend) throws KafkaBackendException {
        String topic = "fsbench-clock-probe-" + UUID.randomUUID();
        try (KafkaTopics topics = KafkaTopics.connect(backend)) {
            topics.createOutputTopic(topic, 1);
        }
        try (KafkaProducer<byte[], byte[]> producer = producer(backend)) {
            double bestRoundTrip = Double.MAX_VALUE;
            double bestOffset = 0;
            for (int i = 0; i < SAMPLES; i++) {
                long sentAt = System.currentTimeMillis();
                RecordMetadata stamped = producer.send(new ProducerRecord<>(topic, new byte[] {(byte) i}))
                        .get(SEND_TIMEOUT_MS, TimeUnit.MILLISECONDS);
                long ackedAt = System.currentTimeMillis();
                if (i == 0) {
                    continue;
                }
                double roundTrip = ackedAt - sentAt;
                if (roundTrip < bestRoundTrip) {
                    bestRoundTrip = roundTrip;
                    bestOffset = stamped.timestamp() - (sentAt + ackedAt) / 2.0;
                }
            }
            return ClockOffset.of(bestOffset, bestRoundTrip / 2.0, SAMPLES - 1);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new KafkaBackendException(
                    "cannot measure the clock offset of " + backend + ": " + KafkaAdmins.rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaBackendException("interrupted measuring the clock offset of " + backend, e);
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(KafkaBackend backend) {
        Map<String, Object> config = new HashMap<>(backend.clientProperties());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, backend.bootstrapServers());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "fsbench-clock-probe");
        // every record on its own and at once: a batch would stamp several records with one append time
        config.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        config.put(ProducerConfig.ACKS_CONFIG, "1");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(config);
    }
}
