package dev.fsbench.results;

import dev.fsbench.api.Credentials;
import java.util.Map;

/**
 * The Kafka a run used.
 *
 * @param clientProperties the {@code --kafka-property} settings of an external cluster, credentials shown as
 *                         {@link Credentials#REDACTED}; null when there were none
 * @param clockOffset      the broker's clock against the harness's, measured unless the broker shares it (the
 *                         embedded broker, a JVM on this machine: null)
 */
public record KafkaInfo(
        String backend,
        String version,
        Double startupMs,
        String bootstrapServers,
        Map<String, String> clientProperties,
        ClockOffset clockOffset) {

    public KafkaInfo {
        clientProperties = clientProperties == null || clientProperties.isEmpty()
                ? null
                : Copies.orderedMap(Credentials.redact(clientProperties));
    }

    public KafkaInfo(String backend, String version, Double startupMs, String bootstrapServers) {
        this(backend, version, startupMs, bootstrapServers, null, null);
    }
}
