package dev.fsbench.harness.kafka;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Apache Kafka's official image ({@code apache/kafka}, same version as the embedded broker) in a Docker
 * container via Testcontainers. Without a reachable Docker engine start() fails at once, naming the alternatives.
 */
public final class ContainerKafkaBackend implements KafkaBackend {

    static final DockerImageName IMAGE = DockerImageName.parse("apache/kafka:" + AppInfoParser.getVersion());
    /** The listener Testcontainers' KafkaContainer advertises to the host. */
    private static final int CLIENT_PORT = 9092;

    private final KafkaOptions options;
    private KafkaContainer container;
    private Duration startupTime = Duration.ZERO;
    private BrokerWatch watch;

    ContainerKafkaBackend(KafkaOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return KafkaBackends.CONTAINER;
    }

    /** Whether a Docker engine answers; Testcontainers decides in under a second when there is none. */
    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public void start() throws KafkaBackendException {
        if (container != null) {
            throw new IllegalStateException("Kafka container already started");
        }
        if (!dockerAvailable()) {
            throw new KafkaBackendException("the container backend needs a Docker engine, and none is reachable"
                    + " (Testcontainers found no Docker environment: start Docker or set DOCKER_HOST);"
                    + " use --kafka embedded or --kafka external");
        }
        long startNanos = System.nanoTime();
        container = new KafkaContainer(IMAGE)
                // the same broker settings that matter as the embedded broker's (see EmbeddedBrokerConfig)
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_LOG_RETENTION_MS", "-1")
                .withEnv("KAFKA_LOG_RETENTION_BYTES", "-1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withStartupTimeout(options.startTimeout())
                // Docker publishes ports on every interface by default; the benchmark's broker stays on loopback.
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                        .withPortBindings(
                                new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(CLIENT_PORT))));
        try {
            container.start();
        } catch (RuntimeException e) {
            String logs = safeLogs();
            close();
            throw new KafkaBackendException(
                    "the Kafka container (" + IMAGE + ") did not start: " + KafkaAdmins.rootMessage(e)
                            + (logs.isBlank() ? "" : "\n" + logs),
                    e);
        }
        startupTime = Duration.ofNanos(System.nanoTime() - startNanos);
        watch = BrokerWatch.start(this, BrokerWatch.Timing.DEFAULT);
    }

    @Override
    public Optional<String> failure() {
        return watch == null ? Optional.empty() : watch.loss();
    }

    @Override
    public BrokerWatch.Registration onLoss(Runnable action) {
        return watch == null ? () -> {} : watch.onLoss(action);
    }

    private String safeLogs() {
        try {
            String logs = container.getLogs();
            return logs.length() > 4000 ? logs.substring(logs.length() - 4000) : logs;
        } catch (RuntimeException e) {
            return "";
        }
    }

    @Override
    public String bootstrapServers() {
        if (container == null) {
            throw new IllegalStateException("Kafka container not started");
        }
        return container.getBootstrapServers();
    }

    @Override
    public Map<String, String> clientProperties() {
        return Map.of();
    }

    @Override
    public String version() {
        return IMAGE.getVersionPart() + " (" + IMAGE.asCanonicalNameString() + ")";
    }

    @Override
    public Duration startupTime() {
        return startupTime;
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.close();
        }
        if (container != null) {
            try {
                container.stop();
            } catch (RuntimeException e) {
                System.err.println("could not stop the Kafka container: " + e.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return "Kafka container " + IMAGE.asCanonicalNameString();
    }
}
