package dev.fsbench.harness.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.Credentials;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

/** Kafka itself says which client settings are passwords: every one of them must be redacted. */
class KafkaPasswordKeysTest {

    @Test
    void everyPasswordTypedClientSettingOfTheKafkaOnTheClasspathIsACredential() {
        Set<String> passwords =
                List.of(ConsumerConfig.configDef(), ProducerConfig.configDef(), AdminClientConfig.configDef()).stream()
                        .flatMap(definition -> definition.configKeys().values().stream())
                        .filter(key -> key.type == ConfigDef.Type.PASSWORD)
                        .map(key -> key.name)
                        .collect(Collectors.toSet());

        assertThat(passwords).contains("sasl.jaas.config", "ssl.key.password");
        assertThat(passwords).allMatch(Credentials::isCredential);
        assertThat(Credentials.KAFKA_PASSWORD_KEYS).containsAll(passwords);
    }
}
