package dev.fsbench.harness.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;

/**
 * A cluster somebody else runs, reached with the user's bootstrap servers and client properties (SASL/SSL).
 * start() only checks it answers: a TCP connection to some bootstrap server, then a Kafka describeCluster,
 * together well under 30 s, so a wrong address or bad security settings fail fast.
 */
public final class ExternalKafkaBackend implements KafkaBackend {

    /** Bounded well under the 30 s a user may wait for an error, including client creation and close. */
    static final Duration REACH_TIMEOUT = Duration.ofSeconds(15);
    /** Total time for the TCP check of all bootstrap servers, before the Kafka-level check. */
    private static final Duration TCP_CHECK_TIMEOUT = Duration.ofSeconds(8);

    private final KafkaOptions options;
    private final Set<String> createdTopics = Collections.synchronizedSet(new LinkedHashSet<>());
    private volatile String version = "unknown";
    private volatile BrokerWatch watch;

    ExternalKafkaBackend(KafkaOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return KafkaBackends.EXTERNAL;
    }

    @Override
    public void start() throws KafkaBackendException {
        checkReachable(bootstrapServers());
        Admin admin = KafkaAdmins.open(this, REACH_TIMEOUT);
        try {
            int brokers = KafkaAdmins.describeCluster(admin, bootstrapServers(), REACH_TIMEOUT)
                    .size();
            version = "unknown (external cluster, " + brokers + (brokers == 1 ? " broker)" : " brokers)");
        } finally {
            KafkaAdmins.closeQuietly(admin);
        }
        watch = BrokerWatch.start(this, BrokerWatch.Timing.DEFAULT);
    }

    /**
     * Fails unless some bootstrap server accepts a TCP connection. A Kafka client would retry a refused
     * address until its timeout, logging a warning per attempt, and then report only a timeout; this names
     * each address and why it failed (refused, unknown host, no answer). Also the CLI's pre-start check.
     */
    public static void checkReachable(String bootstrapServers) throws KafkaBackendException {
        long deadline = System.nanoTime() + TCP_CHECK_TIMEOUT.toNanos();
        List<String> failures = new ArrayList<>();
        for (String server : bootstrapServers.split(",")) {
            String entry = server.strip();
            int colon = entry.lastIndexOf(':');
            String host = entry.substring(0, colon).replace("[", "").replace("]", "");
            int port = Integer.parseInt(entry.substring(colon + 1));
            long remainingMs = Math.max(500, (deadline - System.nanoTime()) / 1_000_000);
            try (Socket socket = new Socket()) {
                socket.connect(
                        new InetSocketAddress(host, port), (int) Math.min(remainingMs, TCP_CHECK_TIMEOUT.toMillis()));
                return;
            } catch (UnknownHostException e) {
                failures.add(entry + ": unknown host");
            } catch (SocketTimeoutException e) {
                failures.add(entry + ": no answer");
            } catch (IOException e) {
                failures.add(entry + ": " + e.getMessage());
            }
        }
        throw new KafkaBackendException(
                "Kafka at " + bootstrapServers + " is unreachable (" + String.join("; ", failures) + ")");
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

    @Override
    public Optional<String> failure() {
        BrokerWatch current = watch;
        return current == null ? Optional.empty() : current.loss();
    }

    @Override
    public BrokerWatch.Registration onLoss(Runnable action) {
        BrokerWatch current = watch;
        return current == null ? () -> {} : current.onLoss(action);
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
        BrokerWatch current = watch;
        if (current != null) {
            current.close();
        }
        List<String> topics;
        synchronized (createdTopics) {
            topics = List.copyOf(createdTopics);
            createdTopics.clear();
        }
        if (topics.isEmpty()) {
            return;
        }
        if (failure().isPresent()) {
            // waiting REACH_TIMEOUT for a cluster that stopped answering would only delay the run's exit
            System.err.println(
                    "could not delete topics " + topics + ": " + failure().get() + "; delete them by hand");
            return;
        }
        Admin admin = null;
        try {
            admin = KafkaAdmins.open(this, REACH_TIMEOUT);
            admin.deleteTopics(topics).all().get(REACH_TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (KafkaBackendException | ExecutionException | TimeoutException e) {
            System.err.println("could not delete topics " + topics + " on " + this + ": " + KafkaAdmins.rootMessage(e)
                    + "; delete them by hand");
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
