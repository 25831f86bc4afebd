package dev.fsbench.kstreams;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.Engines;
import dev.fsbench.api.knobs.KafkaStreamsSettings;
import dev.fsbench.api.knobs.KnobCatalog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams knobs of one run, read through their declarations in {@link KafkaStreamsSettings}, and the
 * {@link StreamsConfig} properties they make.
 *
 * @param threads             num.stream.threads: the workload's parallelism
 * @param processingGuarantee as the catalog declares it ({@code at-least-once}, {@code exactly-once-v2})
 * @param engineSettings Kafka Streams keys given directly ({@code kstreams.<key>}), set after the knobs
 */
public record KafkaStreamsKnobs(
        int threads,
        String processingGuarantee,
        boolean rocksDb,
        long commitIntervalMs,
        Map<String, String> engineSettings) {

    public KafkaStreamsKnobs {
        if (threads <= 0) {
            throw new IllegalArgumentException("parallelism must be > 0, got " + threads);
        }
        engineSettings = Map.copyOf(engineSettings);
    }

    public static KafkaStreamsKnobs from(WorkloadSpec workload) {
        KnobCatalog.check(workload.engineProperties());
        KnobCatalog.requireRules(Engines.KAFKA_STREAMS, workload);
        return new KafkaStreamsKnobs(
                workload.parallelism(),
                KafkaStreamsSettings.PROCESSING_GUARANTEE.get(workload),
                KafkaStreamsSettings.ROCKSDB.equals(KafkaStreamsSettings.STATE_STORE.get(workload)),
                KafkaStreamsSettings.COMMIT_INTERVAL_MS.get(workload),
                KnobCatalog.passThrough(KafkaStreamsSettings.CONFIGURATION, workload.engineProperties()));
    }

    /**
     * The job's StreamsConfig: the job's client settings (security), the knobs, the pass-through keys, then what
     * belongs to the engine: one application (consumer group, internal topics, transactional ids) per run and
     * workload, the broker, and local state under the engine's temp dir.
     */
    public Properties streamsProperties(JobSpec job, Path stateDir) {
        Properties props = new Properties();
        props.putAll(job.kafkaClientProperties());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, String.valueOf(threads));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, streamsGuarantee());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, String.valueOf(commitIntervalMs));
        // the input is read from its start, as by every engine: the generator starts only once the job is ready
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.putAll(engineSettings);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId(job));
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, job.bootstrapServers());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return props;
    }

    /** The guarantee in Kafka Streams' spelling: at_least_once, exactly_once_v2. */
    public String streamsGuarantee() {
        return processingGuarantee.replace('-', '_');
    }

    /** Unique per run and workload (the input topic is), in the characters an application id may hold. */
    static String applicationId(JobSpec job) {
        return ("fsbench-kstreams-" + job.runId() + "-" + job.inputTopic()).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The knobs under their property names, as the result records them. */
    public Map<String, Object> describe() {
        Map<String, Object> knobs = new LinkedHashMap<>();
        knobs.put("parallelism", threads);
        knobs.put(KafkaStreamsSettings.PROCESSING_GUARANTEE.key(), processingGuarantee);
        knobs.put(
                KafkaStreamsSettings.STATE_STORE.key(),
                rocksDb ? KafkaStreamsSettings.ROCKSDB : KafkaStreamsSettings.IN_MEMORY);
        knobs.put(KafkaStreamsSettings.COMMIT_INTERVAL_MS.key(), commitIntervalMs);
        engineSettings.forEach((key, value) -> knobs.put(KafkaStreamsSettings.CONFIGURATION.knobKey(key), value));
        return knobs;
    }
}
