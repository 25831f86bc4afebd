package dev.fsbench.harness.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates a run's input and output topics. Topics on an external cluster are deleted when its backend closes;
 * an embedded or container broker takes them along when it goes.
 *
 * <p>Replication factor: min(3, number of brokers). One broker (embedded, container) gives 1; a real cluster
 * gets the usual production factor 3, so an external run measures what production would see. The output
 * topic stamps records with the broker's clock ({@code message.timestamp.type=LogAppendTime}): every engine's
 * results are timed by the same neutral clock, not by the engine's own.
 */
public final class KafkaTopics implements AutoCloseable {

    static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_REPLICATION = 3;

    private final KafkaBackend backend;
    private final Admin admin;
    private final List<String> created = new ArrayList<>();

    private KafkaTopics(KafkaBackend backend, Admin admin) {
        this.backend = backend;
        this.admin = admin;
    }

    /**
     * Creates a workload's input topic and its LogAppendTime output topic, both with {@code partitions}
     * partitions. On an external cluster the backend deletes them when it is closed.
     */
    public static void createWorkloadTopics(KafkaBackend backend, String inputTopic, String outputTopic, int partitions)
            throws KafkaBackendException {
        try (KafkaTopics topics = connect(backend)) {
            topics.createInputTopic(inputTopic, partitions);
            topics.createOutputTopic(outputTopic, partitions);
        }
    }

    /** Connects to a started backend. */
    public static KafkaTopics connect(KafkaBackend backend) throws KafkaBackendException {
        return new KafkaTopics(backend, KafkaAdmins.open(backend, ADMIN_TIMEOUT));
    }

    /** An input topic: broker-default timestamps (CreateTime: the producer's event time). */
    public void createInputTopic(String name, int partitions) throws KafkaBackendException {
        create(name, partitions, Map.of());
    }

    /** An output topic whose record timestamps are the broker's append time. */
    public void createOutputTopic(String name, int partitions) throws KafkaBackendException {
        create(name, partitions, Map.of(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime"));
    }

    private void create(String name, int partitions, Map<String, String> config) throws KafkaBackendException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be empty");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("topic '" + name + "' needs at least 1 partition; got " + partitions);
        }
        short replication = replicationFactor();
        NewTopic topic = new NewTopic(name, partitions, replication).configs(config);
        try {
            admin.createTopics(List.of(topic)).all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                throw new KafkaBackendException(
                        "topic '" + name + "' already exists on " + backend
                                + ": a previous run left it, or another run uses it; delete it or use another run id",
                        e);
            }
            throw failure(
                    "cannot create topic '" + name + "' (" + partitions + " partitions, replication " + replication
                            + ")",
                    e.getCause());
        } catch (TimeoutException e) {
            throw failure("timed out creating topic '" + name + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted creating topic '" + name + "'", e);
        }
        created.add(name);
        if (backend instanceof ExternalKafkaBackend external) {
            external.deleteOnClose(name);
        }
        awaitLeaders(name, partitions);
    }

    private short replicationFactor() throws KafkaBackendException {
        int brokers = KafkaAdmins.describeCluster(admin, backend.bootstrapServers(), ADMIN_TIMEOUT)
                .size();
        return (short) Math.max(1, Math.min(MAX_REPLICATION, brokers));
    }

    /**
     * createTopics returns when the controller has the topic; brokers learn of it a moment later. Waiting for
     * every partition's leader keeps that moment out of the run's first measured seconds.
     */
    private void awaitLeaders(String name, int partitions) throws KafkaBackendException {
        long deadline = System.nanoTime() + ADMIN_TIMEOUT.toNanos();
        while (true) {
            try {
                TopicDescription description = admin.describeTopics(List.of(name))
                        .topicNameValues()
                        .get(name)
                        .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                Collection<TopicPartitionInfo> infos = description.partitions();
                if (infos.size() == partitions
                        && infos.stream()
                                .allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                    return;
                }
            } catch (ExecutionException e) {
                // UnknownTopicOrPartition until the metadata arrives: retry below
            } catch (TimeoutException e) {
                // retry below, the deadline bounds it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("interrupted waiting for topic '" + name + "'", e);
            }
            if (System.nanoTime() > deadline) {
                throw new KafkaBackendException("topic '" + name + "' on " + backend + " has no leader for all "
                        + partitions + " partitions after " + ADMIN_TIMEOUT.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("interrupted waiting for topic '" + name + "'", e);
            }
        }
    }

    /**
     * Raises {@code name}'s partition count to {@code totalPartitions} (an add-partitions fault) and waits until
     * every partition has a leader.
     */
    public void addPartitions(String name, int totalPartitions) throws KafkaBackendException {
        try {
            admin.createPartitions(Map.of(name, NewPartitions.increaseTo(totalPartitions)))
                    .all()
                    .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw failure("cannot add partitions to '" + name + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted adding partitions to '" + name + "'", e);
        }
        awaitLeaders(name, totalPartitions);
    }

    /** Names of the topics this instance created, in creation order. */
    public List<String> createdTopics() {
        return List.copyOf(created);
    }

    @Override
    public void close() {
        KafkaAdmins.closeQuietly(admin);
    }

    private KafkaBackendException failure(String what, Throwable cause) {
        return new KafkaBackendException(what + " on " + backend + ": " + KafkaAdmins.rootMessage(cause), cause);
    }
}
