package dev.fsbench.harness.cli;

import dev.fsbench.harness.kafka.ExternalKafkaBackend;
import dev.fsbench.harness.kafka.KafkaBackendException;
import dev.fsbench.harness.kafka.KafkaBackends;

/**
 * Checks of a run's surroundings made before anything starts, so that an unreachable external Kafka exits 2 with
 * its address instead of failing once the run directory and its recording exist: a TCP connection to a bootstrap
 * server, a few seconds at most. (Where the run's files go is checked when the run claims its place,
 * {@link dev.fsbench.harness.run.RunRequest#claim}.)
 */
final class PreStartChecks {

    private PreStartChecks() {}

    /** @throws IllegalArgumentException naming the bootstrap servers if none accepts a connection */
    static void requireReachable(String kafkaBackend, String bootstrapServers) {
        if (!KafkaBackends.EXTERNAL.equals(kafkaBackend) || bootstrapServers == null) {
            return; // the backend's own checks name what is missing
        }
        try {
            ExternalKafkaBackend.checkReachable(bootstrapServers);
        } catch (KafkaBackendException e) {
            throw new IllegalArgumentException(e.getMessage() + ": check --bootstrap-servers");
        }
    }
}
