package dev.fsbench.harness.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** An unreachable external cluster must fail with a message naming it, well before a user gives up (30 s). */
class ExternalKafkaBackendIT {

    @Test
    void unreachableClusterFailsWithinThirtySecondsNamingTheAddress() {
        KafkaBackend backend = KafkaBackends.create("external", KafkaOptions.external("127.0.0.1:1", Map.of()));
        long start = System.nanoTime();
        assertThatThrownBy(backend::start)
                .isInstanceOf(KafkaBackendException.class)
                .hasMessageContaining("Kafka at 127.0.0.1:1 is unreachable");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("unreachable external Kafka reported after " + took.toMillis() + " ms");
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        backend.close();
    }

    @Test
    void unresolvableHostFailsNamingTheAddress() {
        KafkaBackend backend = KafkaBackends.create("external",
                KafkaOptions.external("no-such-host.invalid:9092", Map.of()));
        long start = System.nanoTime();
        assertThatThrownBy(backend::start)
                .isInstanceOf(KafkaBackendException.class)
                .hasMessageContaining("no-such-host.invalid:9092");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
}
