package dev.fsbench.harness.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where the run's Kafka comes from: a broker the harness starts ({@code embedded}), a Testcontainers broker
 * ({@code container}) or a cluster somebody else runs ({@code external}). The run only needs an address and
 * client settings; who owns the broker's lifetime is the backend's business.
 */
public interface KafkaBackend extends AutoCloseable {

    /** "embedded", "container" or "external": the name used on the CLI and in results. */
    String name();

    /** Starts the broker or checks the cluster is reachable; fails with {@link KafkaBackendException}. */
    void start() throws KafkaBackendException;

    String bootstrapServers();

    /** Client settings every producer, consumer and admin client must use (SASL/SSL for external clusters). */
    Map<String, String> clientProperties();

    /** Broker version if known, for the result's environment. */
    String version();

    /** Time from start() to a reachable broker; zero for external clusters. */
    Duration startupTime();

    /**
     * Why the broker this backend started is no longer usable (it exited, with the tail of its output), or empty
     * while it runs. For a run to report a dead broker as the cause of a failed workload, not as an engine error.
     */
    default Optional<String> failure() {
        return Optional.empty();
    }

    /**
     * Whether the broker stamps records with the harness's own clock (it runs on this machine, in its own JVM):
     * then an output record appended before its window ended is impossible, not clock skew.
     */
    default boolean sharesHarnessClock() {
        return false;
    }

    /** Stops what this backend started and deletes its files; idempotent, never throws. */
    @Override
    void close();
}
