package dev.fsbench.harness.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaOptionsTest {

    @Test
    void defaultsPickAFreePortWithTheDefaultTimeout() {
        KafkaOptions options = KafkaOptions.defaults();
        assertThat(options.port()).isZero();
        assertThat(options.bootstrapServers()).isNull();
        assertThat(options.clientProperties()).isEmpty();
        assertThat(options.startTimeout()).isEqualTo(KafkaOptions.DEFAULT_START_TIMEOUT);
    }

    @Test
    void acceptsHostPortListsIncludingIpv6() {
        KafkaOptions options = KafkaOptions.external(" kafka-1.example.com:9092,10.0.0.2:9093,[::1]:9094 ", Map.of());
        assertThat(options.bootstrapServers()).isEqualTo("kafka-1.example.com:9092,10.0.0.2:9093,[::1]:9094");
    }

    @Test
    void rejectsMalformedBootstrapServersNamingTheBadEntry() {
        assertThatThrownBy(() -> KafkaOptions.external("localhost:9092,broker2", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bootstrap server 'broker2'")
                .hasMessageContaining("host:port");
        assertThatThrownBy(() -> KafkaOptions.external("localhost:99999", Map.of()))
                .hasMessageContaining("port 99999");
        assertThatThrownBy(() -> KafkaOptions.external("  ", Map.of())).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> KafkaOptions.external("localhost:9092,", Map.of()))
                .hasMessageContaining("bootstrap server ''");
    }

    @Test
    void rejectsPortsOutsideTheTcpRange() {
        assertThatThrownBy(() -> KafkaOptions.defaults().withPort(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Kafka port (--kafka-port) must be between 1 and 65535, or 0 to pick a free one; got -1");
        assertThatThrownBy(() -> KafkaOptions.defaults().withPort(65536)).hasMessageContaining("got 65536");
        assertThat(KafkaOptions.defaults().withPort(65535).port()).isEqualTo(65535);
    }

    @Test
    void rejectsNonPositiveStartTimeout() {
        assertThatThrownBy(() -> KafkaOptions.defaults().withStartTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start timeout must be positive");
    }

    @Test
    void clientPropertiesAreCopiedAndMustNotCarryTheAddress() {
        Map<String, String> properties = new HashMap<>(Map.of("security.protocol", "SASL_SSL"));
        KafkaOptions options = KafkaOptions.external("broker:9093", properties);
        properties.put("sasl.mechanism", "PLAIN");
        assertThat(options.clientProperties()).containsExactly(Map.entry("security.protocol", "SASL_SSL"));

        assertThatThrownBy(() -> KafkaOptions.external("broker:9093", Map.of("bootstrap.servers", "other:9092")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--bootstrap-servers");
    }

    @Test
    void anEmptyPropertyNameIsRejectedWithoutEchoingItsValue() {
        assertThatThrownBy(() -> KafkaOptions.external("broker:9093", Map.of(" ", "secret-password")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Kafka client property has an empty name");
    }
}
