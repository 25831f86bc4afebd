package dev.fsbench.harness.kafka;

import java.util.List;

/** Creates a {@link KafkaBackend} by its CLI name, rejecting options that do not apply to it. */
public final class KafkaBackends {

    public static final String EMBEDDED = "embedded";
    public static final String CONTAINER = "container";
    public static final String EXTERNAL = "external";

    /** Valid names, default first. */
    public static final List<String> NAMES = List.of(EMBEDDED, CONTAINER, EXTERNAL);

    private KafkaBackends() {}

    /** A backend, not yet started. Throws IllegalArgumentException naming the problem for a bad combination. */
    public static KafkaBackend create(String name, KafkaOptions options) {
        if (name == null || !NAMES.contains(name)) {
            throw new IllegalArgumentException(
                    "unknown Kafka backend '" + name + "': valid ones are " + String.join(", ", NAMES));
        }
        if (!name.equals(EXTERNAL)) {
            if (options.bootstrapServers() != null) {
                throw new IllegalArgumentException("--bootstrap-servers is only for --kafka external (got '"
                        + options.bootstrapServers() + "' with --kafka " + name + ")");
            }
            if (!options.clientProperties().isEmpty()) {
                throw new IllegalArgumentException(
                        "Kafka client properties (--kafka-property) are only for --kafka external (got "
                                + options.clientProperties().keySet() + " with --kafka " + name + ")");
            }
        }
        if (!name.equals(EMBEDDED) && options.port() != 0) {
            throw new IllegalArgumentException(
                    "a fixed Kafka port (--kafka-port) is only for --kafka embedded (got port " + options.port()
                            + " with --kafka " + name + ")");
        }
        return switch (name) {
            case EMBEDDED -> new EmbeddedKafkaBackend(options);
            case CONTAINER -> new ContainerKafkaBackend(options);
            case EXTERNAL -> {
                if (options.bootstrapServers() == null) {
                    throw new IllegalArgumentException(
                            "--kafka external needs --bootstrap-servers host:port[,host:port...]");
                }
                yield new ExternalKafkaBackend(options);
            }
            default -> throw new AssertionError(name);
        };
    }
}
