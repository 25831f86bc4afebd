package dev.fsbench.harness.kafka;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;

/**
 * A cluster somebody else runs, reached with the user's bootstrap servers and client properties (SASL/SSL).
 * start() only checks it answers, within {@link #REACH_TIMEOUT}, so a wrong address fails fast.
 */
public final class ExternalKafkaBackend implements KafkaBackend {

    /** Bounded well under the 30 s a user may wait for an error, including client creation and close. */
    static final Duration REACH_TIMEOUT = Duration.ofSeconds(15);

    private final KafkaOptions options;
    private final Set<String> createdTopics = Collections.synchronizedSet(new LinkedHashSet<>());
    private volatile String version = "unknown";

    ExternalKafkaBackend(KafkaOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return KafkaBackends.EXTERNAL;
    }

    @Override
    public void start() throws KafkaBackendException {
        Admin admin = KafkaAdmins.open(this, REACH_TIMEOUT);
        try {
            int brokers = KafkaAdmins.describeCluster(admin, bootstrapServers(), REACH_TIMEOUT).size();
            version = "unknown (external cluster, " + brokers + (brokers == 1 ? " broker)" : " brokers)");
        } finally {
            KafkaAdmins.closeQuietly(admin);
        }
    }

    @Override
    public String bootstrapServers() {
        return options.bootstrapServers();
    }

    @Override
    public Map<String, String> clientProperties() {
        return options.clientProperties();
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Duration startupTime() {
        return Duration.ZERO;
    }

    /** Called by {@link KafkaTopics}: the cluster outlives the run, the run's topics must not. */
    void deleteOnClose(String topic) {
        createdTopics.add(topic);
    }

    /**
     * Deletes the topics the run created. Never throws: topics it could not delete are named on stderr for the
     * user to remove.
     */
    @Override
    public void close() {
        List<String> topics;
        synchronized (createdTopics) {
            topics = List.copyOf(createdTopics);
            createdTopics.clear();
        }
        if (topics.isEmpty()) {
            return;
        }
        Admin admin = null;
        try {
            admin = KafkaAdmins.open(this, REACH_TIMEOUT);
            admin.deleteTopics(topics).all().get(REACH_TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (KafkaBackendException | ExecutionException | TimeoutException e) {
            System.err.println("could not delete topics " + topics + " on " + this + ": "
                    + KafkaAdmins.rootMessage(e) + "; delete them by hand");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("interrupted deleting topics " + topics + " on " + this + "; delete them by hand");
        } finally {
            KafkaAdmins.closeQuietly(admin);
        }
    }

    @Override
    public String toString() {
        return "external Kafka at " + bootstrapServers();
    }
}
