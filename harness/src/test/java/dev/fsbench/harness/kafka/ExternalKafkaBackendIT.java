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
                .hasMessage("Kafka at 127.0.0.1:1 is unreachable (127.0.0.1:1: Connection refused)");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("unreachable external Kafka reported after " + took.toMillis() + " ms");
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        backend.close();
    }

    @Test
    void aListenerThatAcceptsButNeverSpeaksKafkaFailsWithinThirtySeconds() throws Exception {
        // a plain TCP server: the connection succeeds, the Kafka handshake never answers
        try (java.net.ServerSocket silent =
                new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            String address = "127.0.0.1:" + silent.getLocalPort();
            KafkaBackend backend = KafkaBackends.create("external", KafkaOptions.external(address, Map.of()));
            long start = System.nanoTime();
            assertThatThrownBy(backend::start)
                    .isInstanceOf(KafkaBackendException.class)
                    .hasMessageContaining("Kafka at " + address);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.println("silent external Kafka reported after " + took.toMillis() + " ms");
            assertThat(took).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void unresolvableHostFailsNamingTheAddress() {
        KafkaBackend backend =
                KafkaBackends.create("external", KafkaOptions.external("no-such-host.invalid:9092", Map.of()));
        long start = System.nanoTime();
        assertThatThrownBy(backend::start)
                .isInstanceOf(KafkaBackendException.class)
                .hasMessage(
                        "Kafka at no-such-host.invalid:9092 is unreachable (no-such-host.invalid:9092: unknown host)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
}
