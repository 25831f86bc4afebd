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
     * Why Kafka is no longer usable, starting with "Kafka unavailable: &lt;backend&gt; at &lt;bootstrap servers&gt;:"
     * (the embedded broker's JVM exited, or the cluster stopped answering: see {@link BrokerWatch}), or empty while
     * it answers. For a run to report a lost broker as the cause of a failed workload, not as an engine error.
     */
    default Optional<String> failure() {
        return Optional.empty();
    }

    /**
     * Runs {@code action} once if Kafka is lost after start() (at once if it already is), until the returned
     * registration is closed: a workload stops its parts with it instead of letting each wait out its timeouts.
     */
    default BrokerWatch.Registration onLoss(Runnable action) {
        return () -> {};
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
