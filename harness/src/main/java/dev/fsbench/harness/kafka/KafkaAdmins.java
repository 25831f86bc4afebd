package dev.fsbench.harness.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;

/**
 * Admin clients whose every call gives up within a known time. Kafka's defaults would retry for up to a minute
 * and reconnect with backoffs up to 30 s, far too slow to tell a user their address is wrong.
 */
final class KafkaAdmins {

    private KafkaAdmins() {}

    /** An admin client for {@code backend}, each call bounded by {@code callTimeout}. */
    static Admin open(KafkaBackend backend, Duration callTimeout) throws KafkaBackendException {
        return open(backend.bootstrapServers(), backend.clientProperties(), callTimeout);
    }

    static Admin open(String bootstrapServers, Map<String, String> clientProperties, Duration callTimeout)
            throws KafkaBackendException {
        Map<String, Object> config = new HashMap<>(clientProperties);
        String timeout = Long.toString(callTimeout.toMillis());
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "fsbench-admin");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        config.put(
                AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG,
                Long.toString(Math.min(callTimeout.toMillis(), 5_000)));
        config.put(
                AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG,
                Long.toString(Math.min(callTimeout.toMillis(), 5_000)));
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, "50");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        config.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, "100");
        config.put(AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, "1000");
        try {
            return Admin.create(config);
        } catch (KafkaException e) {
            throw new KafkaBackendException(
                    "cannot create a Kafka client for " + bootstrapServers + ": " + rootMessage(e), e);
        }
    }

    /** The cluster's brokers, or an exception saying why {@code bootstrapServers} did not answer in time. */
    static Collection<Node> describeCluster(Admin admin, String bootstrapServers, Duration timeout)
            throws KafkaBackendException {
        DescribeClusterOptions options = new DescribeClusterOptions().timeoutMs((int) timeout.toMillis());
        try {
            return admin.describeCluster(options).nodes().get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw unreachable(bootstrapServers, timeout, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unreachable(bootstrapServers, timeout, e.getCause());
            }
            throw new KafkaBackendException(
                    "Kafka at " + bootstrapServers + " refused describeCluster: " + rootMessage(e.getCause()),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaBackendException("interrupted while contacting Kafka at " + bootstrapServers, e);
        }
    }

    /** Closes without waiting for calls to a broker that may never answer. */
    static void closeQuietly(Admin admin) {
        if (admin != null) {
            admin.close(Duration.ofMillis(500));
        }
    }

    private static KafkaBackendException unreachable(String bootstrapServers, Duration timeout, Throwable cause) {
        return new KafkaBackendException(
                "Kafka at " + bootstrapServers + " is unreachable: no answer within "
                        + timeout.toSeconds() + " s (check the address, that the broker is up, and the security client"
                        + " properties)",
                cause);
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
