package dev.fsbench.kstreams;

import dev.fsbench.api.EngineContext;
import dev.fsbench.api.EngineJob;
import dev.fsbench.api.EngineMain;
import dev.fsbench.api.EngineSummaryKeys;
import dev.fsbench.api.EngineVersionInfo;
import dev.fsbench.api.JobSpec;
import dev.fsbench.api.WorkloadSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * The Kafka Streams engine JVM: the windowed word count ({@link WindowedWordCount}) in one {@link KafkaStreams}
 * client with one stream thread per unit of parallelism, until the harness asks it to stop. No cluster: the job is
 * a library inside this JVM, its state in local stores backed by changelog topics on the broker.
 */
public final class KafkaStreamsEngine implements EngineJob {

    static final long START_TIMEOUT_MS = 120_000;
    /** Within the harness's graceful stop (KafkaStreamsEngineDriver): a last commit, then the clients close. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final EngineContext context;
    private final JobSpec job;
    private final KafkaStreamsKnobs knobs;
    private final Path stateDir;
    // set by start()
    private StreamsConfig config;
    private KafkaStreams streams;
    private StreamsLifecycle lifecycle;
    private StreamsMetricsPoller poller;
    private Map<String, Object> info;
    private boolean closed;

    private KafkaStreamsEngine(EngineContext context) {
        this.context = context;
        this.job = context.job();
        this.knobs = KafkaStreamsKnobs.from(job.workload());
        this.stateDir = context.tempDir().resolve("kafka-streams-state");
    }

    public static void main(String[] args) {
        EngineMain.run(args, KafkaStreamsEngine::new);
    }

    @Override
    public Map<String, Object> start() throws Exception {
        WorkloadSpec workload = job.workload();
        config = new StreamsConfig(knobs.streamsProperties(job, stateDir));
        Topology topology = WindowedWordCount.build(
                job.inputTopic(), job.outputTopic(), workload.window(), workload.outOfOrdernessMs(), knobs.rocksDb());
        streams = new KafkaStreams(topology, config);
        lifecycle = new StreamsLifecycle(streams);
        streams.start();
        lifecycle.awaitTakingInput(workload.partitions(), START_TIMEOUT_MS);
        poller = new StreamsMetricsPoller(streams, context.metrics());
        poller.start();

        info = new LinkedHashMap<>();
        // Kafka Streams carries no version class of its own: it is released with, and reports, its clients' version
        info.put(EngineVersionInfo.KEY, EngineVersionInfo.of("Kafka Streams", AppInfoParser.getVersion()));
        info.put("applicationId", applicationId());
        info.put("streamsConfig", ObservedSettings.streamsConfig(config, knobs.engineSettings()));
        info.put("streamThreads", ObservedSettings.threads(streams));
        info.put("topology", topology.describe().toString());
        return info;
    }

    @Override
    public void throwIfFailed() {
        lifecycle.throwIfFailed();
    }

    /**
     * Closes the client, which commits (under exactly-once: commits the open transaction) and leaves the group.
     * Windows not yet closed stay in the stores unemitted, as the other engines' open windows do at a stop.
     */
    @Override
    public Map<String, Object> stop() throws Exception {
        Map<String, Object> summary = new LinkedHashMap<>(info);
        summary.put("knobs", knobs.describe());
        poller.close();
        poller.pollOnce();
        summary.put("observed", observed());
        summary.put("finalMetrics", poller.latestValues());
        poller.threadLoad().ifPresent(load -> summary.put(EngineSummaryKeys.WINDOW_SUBTASK_LOAD, load.describe()));
        poller.rocksDbStateBytes().ifPresent(bytes -> summary.put(EngineSummaryKeys.STATE_SIZE_BYTES, bytes));
        long started = System.nanoTime();
        boolean closedInTime = close(CLOSE_TIMEOUT);
        summary.put(
                "stop",
                Map.of(
                        "closedInTime",
                        closedInTime,
                        "stopMs",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
        if (!closedInTime) {
            throw new IllegalStateException("Kafka Streams did not close within " + CLOSE_TIMEOUT.toSeconds() + " s");
        }
        List<String> leftOnBroker = ApplicationCleanup.run(adminProperties(), applicationId());
        leftOnBroker.forEach(problem -> System.err.println("kafka-streams-bench: " + problem));
        summary.put("leftOnBroker", leftOnBroker);
        return summary;
    }

    /** The settings as the running client shows them, read before it closes. */
    private Map<String, Object> observed() throws Exception {
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("streamThreads", ObservedSettings.threads(streams));
        observed.put("rocksDbInstances", ObservedSettings.rocksDbInstances(stateDir));
        observed.put("transactionalIds", ObservedSettings.transactionalIds(adminProperties(), applicationId()));
        return observed;
    }

    private String applicationId() {
        return config.getString(StreamsConfig.APPLICATION_ID_CONFIG);
    }

    /** The job's client settings (security) and the broker, for the engine's own admin requests. */
    private Properties adminProperties() {
        Properties admin = new Properties();
        admin.putAll(job.kafkaClientProperties());
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, job.bootstrapServers());
        return admin;
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.close();
        }
        close(CLOSE_TIMEOUT);
    }

    private boolean close(Duration timeout) {
        if (streams == null || closed) {
            return true;
        }
        closed = true;
        // leaving the group at once: the group is this run's alone, nobody waits for its partitions
        return streams.close(CloseOptions.timeout(timeout)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }
}
