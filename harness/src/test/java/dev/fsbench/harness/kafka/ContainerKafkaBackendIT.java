package dev.fsbench.harness.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Testcontainers backend: a real round trip where Docker runs, a fast clear refusal where it does not. */
class ContainerKafkaBackendIT {

    private static boolean docker;

    @BeforeAll
    static void probeDocker() {
        docker = ContainerKafkaBackend.dockerAvailable();
        if (!docker) {
            System.out.println("SKIPPED container Kafka round trip: no Docker engine is reachable on this machine"
                    + " (Testcontainers' DockerClientFactory found none)");
        }
    }

    @Test
    void roundTripThroughTheContainerBroker() throws Exception {
        assumeTrue(docker, "no Docker engine is reachable on this machine (Testcontainers found none)");
        try (KafkaBackend backend = KafkaBackends.create("container", KafkaOptions.defaults())) {
            backend.start();
            KafkaTopics.createWorkloadTopics(backend, "it-container-in", "it-container-out", 1);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    Map.of("bootstrap.servers", backend.bootstrapServers()),
                    new StringSerializer(),
                    new StringSerializer())) {
                producer.send(new ProducerRecord<>("it-container-out", "w1", "0,1000,w1,1"))
                        .get();
            }
            TopicPartition partition = new TopicPartition("it-container-out", 0);
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                    Map.of("bootstrap.servers", backend.bootstrapServers()),
                    new StringDeserializer(),
                    new StringDeserializer())) {
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                ConsumerRecord<String, String> record = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (record == null && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                        record = r;
                    }
                }
                assertThat(record).isNotNull();
                assertThat(record.value()).isEqualTo("0,1000,w1,1");
                assertThat(record.timestampType()).isEqualTo(TimestampType.LOG_APPEND_TIME);
            }
        }
    }

    @Test
    void withoutDockerStartFailsFastNamingTheAlternatives() {
        assumeFalse(docker, "a Docker engine is reachable, so the no-Docker refusal cannot be exercised here");
        KafkaBackend backend = KafkaBackends.create("container", KafkaOptions.defaults());
        long start = System.nanoTime();
        assertThatThrownBy(backend::start)
                .isInstanceOf(KafkaBackendException.class)
                .hasMessageContaining("needs a Docker engine, and none is reachable")
                .hasMessageContaining("--kafka embedded or --kafka external");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        backend.close();
    }
}
