package dev.fsbench.harness.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real broker in a forked JVM: start, topics, produce, consume, and nothing left behind after close. */
class EmbeddedKafkaBackendIT {

    private static EmbeddedKafkaBackend backend;

    @BeforeAll
    static void startBroker() throws Exception {
        backend = (EmbeddedKafkaBackend) KafkaBackends.create("embedded", KafkaOptions.defaults());
        backend.start();
        System.out.println(
                "embedded broker answered after " + backend.startupTime().toMillis() + " ms");
    }

    @AfterAll
    static void stopBroker() {
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    void brokerRunsInItsOwnJvmOnLoopback() {
        assertThat(backend.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
        assertThat(backend.brokerPid()).isNotEqualTo(ProcessHandle.current().pid());
        assertThat(ProcessHandle.of(backend.brokerPid())).get().matches(ProcessHandle::isAlive);
        assertThat(backend.startupTime()).isPositive().isLessThan(KafkaOptions.DEFAULT_START_TIMEOUT);
        assertThat(backend.version()).startsWith("4.");
        assertThat(backend.failure()).isEmpty();
    }

    @Test
    void producedRecordsAreConsumedInOrderAndOutputTopicUsesBrokerAppendTime() throws Exception {
        int partitions = 3;
        try (KafkaTopics topics = KafkaTopics.connect(backend)) {
            topics.createInputTopic("it-input", partitions);
            topics.createOutputTopic("it-output", partitions);
            assertThat(topics.createdTopics()).containsExactly("it-input", "it-output");
            assertThat(partitionCount("it-input")).isEqualTo(partitions);
            assertThat(timestampType("it-output")).isEqualTo("LogAppendTime");
        }

        long oldEventTime = 1_000_000_000_000L; // 2001: retention must not delete it (log.retention.ms=-1)
        List<String> sent = new ArrayList<>();
        RecordMetadata outputMeta;
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < 1000; i++) {
                String value = (oldEventTime + i) + ",w" + (i % 17);
                sent.add(value);
                producer.send(new ProducerRecord<>("it-input", 0, oldEventTime + i, "w" + (i % 17), value));
            }
            outputMeta = producer.send(new ProducerRecord<>("it-output", 0, oldEventTime, "w1", "x"))
                    .get();
        }
        // CreateTime topics keep the producer's timestamp; the LogAppendTime topic replaces it with the broker's.
        assertThat(outputMeta.timestamp()).isGreaterThan(oldEventTime + 1_000_000);

        List<ConsumerRecord<String, String>> input = consumeAll(new TopicPartition("it-input", 0), 1000);
        assertThat(input).extracting(ConsumerRecord::value).containsExactlyElementsOf(sent);
        assertThat(input.get(0).timestampType()).isEqualTo(TimestampType.CREATE_TIME);
        assertThat(input.get(0).timestamp()).isEqualTo(oldEventTime);

        List<ConsumerRecord<String, String>> output = consumeAll(new TopicPartition("it-output", 0), 1);
        assertThat(output.get(0).timestampType()).isEqualTo(TimestampType.LOG_APPEND_TIME);
        assertThat(output.get(0).timestamp()).isEqualTo(outputMeta.timestamp());
    }

    @Test
    void autoCreationIsOffAndExistingTopicIsAClearError() throws Exception {
        try (KafkaTopics topics = KafkaTopics.connect(backend)) {
            topics.createInputTopic("it-twice", 1);
            assertThatThrownBy(() -> topics.createInputTopic("it-twice", 1))
                    .isInstanceOf(KafkaBackendException.class)
                    .hasMessageContaining("topic 'it-twice' already exists");
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", backend.bootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
            assertThat(admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.BROKER, "1")))
                            .all()
                            .get()
                            .values()
                            .iterator()
                            .next()
                            .get("auto.create.topics.enable")
                            .value())
                    .isEqualTo("false");
        }
    }

    @Test
    void fixedPortInUseIsRefusedBeforeAnythingStarts() throws Exception {
        int taken = Integer.parseInt(backend.bootstrapServers().split(":")[1]);
        KafkaBackend second =
                KafkaBackends.create("embedded", KafkaOptions.defaults().withPort(taken));
        assertThatThrownBy(second::start)
                .isInstanceOf(KafkaBackendException.class)
                .hasMessage("port " + taken + " on 127.0.0.1 is already in use");
        second.close();
    }

    @Test
    void aPickedPortTakenBeforeTheBrokerBindsItIsRetriedWithFreshPorts() throws Exception {
        try (ServerSocket thief = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger picks = new AtomicInteger();
            EmbeddedKafkaBackend.PortPicker racing = (fixed, count) -> {
                int[] ports = LoopbackPorts.pick(fixed, count);
                if (picks.incrementAndGet() == 1) {
                    ports[0] = thief.getLocalPort(); // as if another process bound it in between
                }
                return ports;
            };
            try (EmbeddedKafkaBackend raced = new EmbeddedKafkaBackend(KafkaOptions.defaults(), racing)) {
                raced.start();
                assertThat(picks).hasValue(2);
                assertThat(raced.bootstrapServers()).isNotEqualTo("127.0.0.1:" + thief.getLocalPort());
            }
        }
    }

    @Test
    void externalBackendReachesARunningBrokerAndDeletesItsTopics() throws Exception {
        KafkaBackend external = KafkaBackends.create(
                "external",
                KafkaOptions.external(backend.bootstrapServers(), Map.of("client.dns.lookup", "use_all_dns_ips")));
        external.start();
        assertThat(external.version()).contains("1 broker");
        KafkaTopics.createWorkloadTopics(external, "it-external-in", "it-external-out", 2);
        assertThat(topicNames()).contains("it-external-in", "it-external-out");
        assertThat(partitionCount("it-external-out")).isEqualTo(2);
        assertThat(timestampType("it-external-out")).isEqualTo("LogAppendTime");

        external.close();
        // deletion is asynchronous on the broker; the names disappear from the listing within moments
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (topicNames().contains("it-external-in") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(topicNames()).doesNotContain("it-external-in", "it-external-out");
    }

    @Test
    void closeStopsTheBrokerJvmAndDeletesItsFiles(@TempDir Path logDir) throws Exception {
        EmbeddedKafkaBackend own = (EmbeddedKafkaBackend)
                KafkaBackends.create("embedded", KafkaOptions.defaults().withLogDir(logDir));
        try {
            own.start();
        } finally {
            own.close();
        }
        long pid = own.brokerPid();
        Path workDir = own.workDir();
        assertThat(own.failure())
                .get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("exited with code");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                .isIn(java.util.Optional.empty(), java.util.Optional.of(false));
        assertThat(workDir).doesNotExist();
        // logs given a directory of their own outlive the broker, for the user to read
        assertThat(logDir.resolve("kafka-broker.out")).content().contains("embedded Kafka broker stopped");
        own.close(); // idempotent
    }

    @Test
    void aKilledBrokerIsReportedAtOnceByItsOwnBackendAndWithinSecondsByAClientOfIt() throws Exception {
        EmbeddedKafkaBackend own = (EmbeddedKafkaBackend) KafkaBackends.create("embedded", KafkaOptions.defaults());
        KafkaBackend external = null;
        try {
            own.start();
            external = KafkaBackends.create("external", KafkaOptions.external(own.bootstrapServers(), Map.of()));
            external.start();
            java.util.concurrent.CountDownLatch told = new java.util.concurrent.CountDownLatch(1);
            own.onLoss(told::countDown);
            assertThat(own.failure()).isEmpty();
            assertThat(external.failure()).isEmpty();

            long killedAt = System.nanoTime();
            assertThat(ProcessHandle.of(own.brokerPid()).orElseThrow().destroyForcibly())
                    .isTrue();

            // the embedded backend sees its JVM exit; the external one only sees the cluster stop answering
            assertThat(told.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            long ownMs = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
            assertThat(own.failure())
                    .get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("Kafka unavailable: embedded at " + own.bootstrapServers()
                            + ": the broker JVM exited with code 137 (signal 9)");
            while (external.failure().isEmpty()
                    && System.nanoTime() - killedAt < Duration.ofSeconds(30).toNanos()) {
                Thread.sleep(50);
            }
            long externalMs = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
            System.out.println("killed broker reported by its embedded backend after " + ownMs
                    + " ms, by an external backend's probes after " + externalMs + " ms");
            assertThat(external.failure())
                    .get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("Kafka unavailable: external at " + own.bootstrapServers() + ": no answer");
        } finally {
            if (external != null) {
                external.close();
            }
            own.close();
        }
    }

    private static Set<String> topicNames() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", backend.bootstrapServers()))) {
            return admin.listTopics().names().get();
        }
    }

    private static int partitionCount(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", backend.bootstrapServers()))) {
            return admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get()
                    .get(topic)
                    .partitions()
                    .size();
        }
    }

    private static String timestampType(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", backend.bootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            ConfigEntry entry = admin.describeConfigs(List.of(resource))
                    .all()
                    .get()
                    .get(resource)
                    .get("message.timestamp.type");
            return entry.value();
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        backend.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> consumeAll(TopicPartition partition, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        backend.bootstrapServers(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        assertThat(records).as("records read from %s", partition).hasSize(expected);
        return records;
    }
}
