package dev.fsbench.harness.kafka;

import dev.fsbench.api.AtomicFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The embedded broker's server.properties: one KRaft node that is both broker and controller, listening on
 * 127.0.0.1 only unless the user gave another client listener ({@code --bind-address}, {@code --advertised-host});
 * the controller listener is always loopback. Sized for a small shared machine. Everything else is Kafka's default, so the broker behaves
 * like a stock single-node install.
 */
record EmbeddedBrokerConfig(
        int brokerPort, int controllerPort, Path dataDir, String bindAddress, String advertisedHost) {

    EmbeddedBrokerConfig(int brokerPort, int controllerPort, Path dataDir) {
        this(brokerPort, controllerPort, dataDir, "127.0.0.1", "127.0.0.1");
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty(
                "listeners",
                "PLAINTEXT://" + hostPart(bindAddress) + ":" + brokerPort + ",CONTROLLER://127.0.0.1:"
                        + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + bootstrapServers());
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dataDir.toAbsolutePath().toString());

        // A single node: every internal topic has one replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // Fewer internal partitions than the default 50: each is a log with files and a coordinator to load, which
        // slows the first consumer group or transaction on 2 cores and buys nothing with one broker.
        p.setProperty("offsets.topic.num.partitions", "8");
        p.setProperty("transaction.state.log.num.partitions", "8");
        p.setProperty("share.coordinator.state.topic.num.partitions", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");

        // The harness creates its topics with explicit partition counts; a typo must fail, not make a
        // one-partition topic that quietly changes the workload.
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("num.partitions", "1");
        // Size-based retention off too: a run must never lose input (an engine would fail with OffsetOutOfRange);
        // time retention off because event times may lie in the past. The temp dir goes away after the run.
        p.setProperty("log.retention.ms", "-1");
        p.setProperty("log.retention.bytes", "-1");
        // Kafka's defaults (3 network, 8 I/O threads) are sized for servers; 2 and 4 are plenty on 2 cores.
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "4");
        return p;
    }

    /** The broker on {@code ports} (client listener, controller) with the listener {@code options} ask for. */
    static EmbeddedBrokerConfig of(int[] ports, Path dataDir, KafkaOptions options) {
        return new EmbeddedBrokerConfig(
                ports[0], ports[1], dataDir, options.listenerBindAddress(), options.listenerAdvertisedHost());
    }

    /** Where clients reach the broker: its advertised listener. */
    String bootstrapServers() {
        return hostPart(advertisedHost) + ":" + brokerPort;
    }

    /** An IPv6 literal goes in brackets in a listener URL. */
    static String hostPart(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Writes the properties to {@code file} atomically, so the broker never reads half a file. */
    void writeTo(Path file) throws IOException {
        AtomicFiles.writeWith(file, tmp -> {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                toProperties().store(out, "embedded Kafka broker written by flink-spark-bench");
            }
        });
    }
}
