package dev.fsbench.harness.cli;

import dev.fsbench.harness.kafka.ExternalKafkaBackend;
import dev.fsbench.harness.kafka.KafkaBackendException;
import dev.fsbench.harness.kafka.KafkaBackends;
import dev.fsbench.harness.kafka.KafkaOptions;

/**
 * Checks of a run's surroundings made before anything starts, so that an unreachable external Kafka exits 2 with
 * its address instead of failing once the run directory and its recording exist: a TCP connection to a bootstrap
 * server, a few seconds at most. (Where the run's files go is checked when the run claims its place,
 * {@link dev.fsbench.harness.run.RunRequest#claim}.)
 */
final class PreStartChecks {

    private PreStartChecks() {}

    /**
     * The Kafka options make sense for the backend (a backend object is created, not started) and, for an external
     * cluster, some bootstrap server accepts a connection.
     *
     * @throws IllegalArgumentException naming the bad combination, or the bootstrap servers if none answers
     */
    static void requireKafka(String kafkaBackend, KafkaOptions options) {
        KafkaBackends.create(kafkaBackend, options);
        if (!KafkaBackends.EXTERNAL.equals(kafkaBackend)) {
            return;
        }
        try {
            ExternalKafkaBackend.checkReachable(options.bootstrapServers());
        } catch (KafkaBackendException e) {
            throw new IllegalArgumentException(e.getMessage() + ": check --bootstrap-servers");
        }
    }
}
