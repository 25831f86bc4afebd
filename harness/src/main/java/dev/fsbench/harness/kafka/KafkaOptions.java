package dev.fsbench.harness.kafka;

import dev.fsbench.api.knobs.BindSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to get Kafka for a run, as the user asked for it. Values are checked here, so a bad flag fails with a
 * message naming it before anything starts; which option fits which backend is checked by {@link KafkaBackends}.
 *
 * @param bootstrapServers  {@code host:port[,host:port...]} of an external cluster; null for the other backends
 * @param clientProperties  extra client settings for an external cluster (SASL/SSL); passed to every client
 * @param port              fixed listener port of the embedded broker, or 0 to pick a free one
 * @param logDir            where the embedded broker's stdout/stderr files go; null keeps them in its temp dir,
 *                          deleted with it
 * @param startTimeout      how long the embedded broker or container may take to answer
 * @param bindAddress       where the embedded broker's client listener binds ({@code --bind-address}); null is
 *                          127.0.0.1. Its controller listener stays on loopback: only this machine talks to it
 * @param advertisedHost    the host the embedded broker tells clients to connect to ({@code --advertised-host});
 *                          null is the bind address, or 127.0.0.1 when that is a wildcard
 */
public record KafkaOptions(
        String bootstrapServers,
        Map<String, String> clientProperties,
        int port,
        Path logDir,
        Duration startTimeout,
        String bindAddress,
        String advertisedHost) {

    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern HOST_PORT = Pattern.compile("[^\\s:,]+:\\d{1,5}|\\[[0-9a-fA-F:.]+\\]:\\d{1,5}");

    public KafkaOptions {
        if (bootstrapServers != null) {
            bootstrapServers = bootstrapServers.strip();
            validateBootstrapServers(bootstrapServers);
        }
        clientProperties = copyValidated(clientProperties == null ? Map.of() : clientProperties);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(
                    "Kafka port (--kafka-port) must be between 1 and 65535, or 0 to pick a free one; got " + port);
        }
        if (startTimeout == null) {
            startTimeout = DEFAULT_START_TIMEOUT;
        } else if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("Kafka start timeout must be positive; got " + startTimeout);
        }
    }

    public KafkaOptions(
            String bootstrapServers,
            Map<String, String> clientProperties,
            int port,
            Path logDir,
            Duration startTimeout) {
        this(bootstrapServers, clientProperties, port, logDir, startTimeout, null, null);
    }

    /** The embedded broker's client listener: bound here, advertised there (null: the defaults above). */
    public KafkaOptions withListener(String newBindAddress, String newAdvertisedHost) {
        return new KafkaOptions(
                bootstrapServers, clientProperties, port, logDir, startTimeout, newBindAddress, newAdvertisedHost);
    }

    /** Where the embedded broker's client listener binds. */
    public String listenerBindAddress() {
        return bindAddress == null ? BindSettings.LOOPBACK : bindAddress;
    }

    /** The host the embedded broker advertises, and the harness's own clients connect to. */
    public String listenerAdvertisedHost() {
        return BindSettings.advertisedHost(Optional.ofNullable(advertisedHost), Optional.ofNullable(bindAddress));
    }

    /** The embedded broker on a free port, logs discarded with its temp dir. */
    public static KafkaOptions defaults() {
        return new KafkaOptions(null, Map.of(), 0, null, DEFAULT_START_TIMEOUT);
    }

    public static KafkaOptions external(String bootstrapServers, Map<String, String> clientProperties) {
        return new KafkaOptions(bootstrapServers, clientProperties, 0, null, DEFAULT_START_TIMEOUT);
    }

    public KafkaOptions withPort(int newPort) {
        return new KafkaOptions(
                bootstrapServers, clientProperties, newPort, logDir, startTimeout, bindAddress, advertisedHost);
    }

    public KafkaOptions withLogDir(Path newLogDir) {
        return new KafkaOptions(
                bootstrapServers, clientProperties, port, newLogDir, startTimeout, bindAddress, advertisedHost);
    }

    public KafkaOptions withStartTimeout(Duration newStartTimeout) {
        return new KafkaOptions(
                bootstrapServers, clientProperties, port, logDir, newStartTimeout, bindAddress, advertisedHost);
    }

    private static void validateBootstrapServers(String servers) {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException(
                    "bootstrap servers must not be empty: expected host:port[,host:port...]");
        }
        for (String server : servers.split(",", -1)) {
            String entry = server.strip();
            if (!HOST_PORT.matcher(entry).matches()) {
                throw new IllegalArgumentException("bootstrap server '" + entry + "' in '" + servers
                        + "' is not host:port (expected host:port[,host:port...])");
            }
            int entryPort = Integer.parseInt(entry.substring(entry.lastIndexOf(':') + 1));
            if (entryPort < 1 || entryPort > 65535) {
                throw new IllegalArgumentException(
                        "bootstrap server '" + entry + "' has port " + entryPort + ", outside 1-65535");
            }
        }
    }

    private static Map<String, String> copyValidated(Map<String, String> properties) {
        Map<String, String> copy = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key == null || key.isBlank()) {
                // the value is not echoed: it may be a password
                throw new IllegalArgumentException("a Kafka client property has an empty name");
            }
            if (value == null) {
                throw new IllegalArgumentException("Kafka client property '" + key + "' has no value");
            }
            if (key.strip().equals("bootstrap.servers")) {
                throw new IllegalArgumentException(
                        "give the cluster address with --bootstrap-servers, not as client property bootstrap.servers");
            }
            copy.put(key.strip(), value);
        });
        return Map.copyOf(copy);
    }
}
