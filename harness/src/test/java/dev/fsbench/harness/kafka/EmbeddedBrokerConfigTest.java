package dev.fsbench.harness.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerConfigTest {

    @Test
    void bindsOnlyToLoopbackAndKeepsEveryRecord(@TempDir Path dir) {
        Properties p = new EmbeddedBrokerConfig(19092, 19093, dir.resolve("data")).toProperties();
        assertThat(p.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(p.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092");
        assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
        assertThat(p.getProperty("log.retention.ms")).isEqualTo("-1");
        assertThat(p.getProperty("log.dirs"))
                .isEqualTo(dir.resolve("data").toAbsolutePath().toString());
    }

    @Test
    void aClientListenerForOtherHostsIsBoundAndAdvertisedAsAskedWhileTheControllerStaysOnLoopback(@TempDir Path dir) {
        Properties p = new EmbeddedBrokerConfig(19092, 19093, dir.resolve("data"), "0.0.0.0", "bench-1.example")
                .toProperties();
        assertThat(p.getProperty("listeners")).isEqualTo("PLAINTEXT://0.0.0.0:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(p.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://bench-1.example:19092");
        assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
    }

    @Test
    void kafkaAcceptsTheWrittenFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("server.properties");
        new EmbeddedBrokerConfig(19092, 19093, dir.resolve("data")).writeTo(file);
        Properties read = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            read.load(in);
        }
        // Kafka's own validation: unknown or inconsistent KRaft settings would throw here
        KafkaConfig config = KafkaConfig.fromProps(read, false);
        assertThat(config.nodeId()).isEqualTo(1);
        assertThat(config.autoCreateTopicsEnable()).isFalse();
        assertThat(config.logRetentionTimeMillis()).isEqualTo(-1L);
        assertThat(dir.resolve("server.properties.tmp")).doesNotExist();
    }
}
