package dev.fsbench.harness.engine;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.Engines;
import dev.fsbench.api.knobs.KafkaStreamsSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Kafka Streams: the kafka-streams-bench module's job ({@code dev.fsbench.kstreams.KafkaStreamsEngine}) in its own
 * JVM. No cluster to start or cancel: the job is a library inside that JVM, its state in local stores backed by
 * changelog topics, so it ends with the JVM. Event-time windows emitted final: verified window by window (EXACT).
 */
public final class KafkaStreamsEngineDriver implements EngineDriver {

    public static final String MODULE = "kafka-streams-bench";
    static final String MAIN_CLASS = "dev.fsbench.kstreams.KafkaStreamsEngine";
    /** The engine's close (30 s: a last commit, the clients' close) and a margin for the summary and the exit. */
    static final Duration GRACEFUL_STOP = Duration.ofSeconds(45);

    @Override
    public String name() {
        return Engines.KAFKA_STREAMS;
    }

    /**
     * Kafka Streams and the harness's kafka-clients come from the root pom's one Kafka version; the engine reports
     * the version it loaded in its ready info ({@code engineVersion}, which the report's headline shows).
     */
    @Override
    public Map<String, String> versions() {
        return Map.of("kafka-streams", org.apache.kafka.common.utils.AppInfoParser.getVersion());
    }

    /** Each commit writes the input offsets (and, exactly-once, commits the transaction): a restart replays from it. */
    @Override
    public long commitIntervalMs(WorkloadSpec workload) {
        return KafkaStreamsSettings.COMMIT_INTERVAL_MS.get(workload);
    }

    @Override
    public Duration gracefulStopTimeout(WorkloadSpec workload) {
        return GRACEFUL_STOP;
    }

    @Override
    public EngineLaunch launch(JobSpec job, BenchHome home) {
        return new EngineLaunch(MAIN_CLASS, home.moduleClasspath(MODULE), List.of(), Map.of());
    }
}
