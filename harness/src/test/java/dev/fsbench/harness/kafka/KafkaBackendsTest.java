package dev.fsbench.harness.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaBackendsTest {

    @Test
    void createsEachBackendByItsCliName() {
        assertThat(KafkaBackends.create("embedded", KafkaOptions.defaults())).isInstanceOf(EmbeddedKafkaBackend.class);
        assertThat(KafkaBackends.create("container", KafkaOptions.defaults()))
                .isInstanceOf(ContainerKafkaBackend.class);
        KafkaBackend external = KafkaBackends.create(
                "external", KafkaOptions.external("broker:9092", Map.of("security.protocol", "SSL")));
        assertThat(external).isInstanceOf(ExternalKafkaBackend.class);
        assertThat(external.name()).isEqualTo("external");
        assertThat(external.bootstrapServers()).isEqualTo("broker:9092");
        assertThat(external.clientProperties()).containsEntry("security.protocol", "SSL");
    }

    @Test
    void unknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> KafkaBackends.create("docker", KafkaOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown Kafka backend 'docker': valid ones are embedded, container, external");
    }

    @Test
    void externalNeedsAnAddress() {
        assertThatThrownBy(() -> KafkaBackends.create("external", KafkaOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--kafka external needs --bootstrap-servers");
    }

    @Test
    void optionsThatDoNotApplyToABackendAreRefused() {
        KafkaOptions external = KafkaOptions.external("broker:9092", Map.of());
        assertThatThrownBy(() -> KafkaBackends.create("embedded", external))
                .hasMessageContaining("--bootstrap-servers is only for --kafka external");
        assertThatThrownBy(() -> KafkaBackends.create(
                        "container", new KafkaOptions(null, Map.of("security.protocol", "SSL"), 0, null, null)))
                .hasMessageContaining("client properties (--kafka-property) are only for --kafka external");
        assertThatThrownBy(() -> KafkaBackends.create("external", external.withPort(9092)))
                .hasMessageContaining("a fixed Kafka port (--kafka-port) is only for --kafka embedded");
    }

    @Test
    void unstartedEmbeddedBackendSaysSoAndClosesQuietly() {
        KafkaBackend backend = KafkaBackends.create("embedded", KafkaOptions.defaults());
        assertThatThrownBy(backend::bootstrapServers)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not started");
        backend.close();
    }
}
