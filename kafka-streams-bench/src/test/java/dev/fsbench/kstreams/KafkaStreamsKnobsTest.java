package dev.fsbench.kstreams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.KnobException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class KafkaStreamsKnobsTest {

    @Test
    void knobsAndPassThroughKeysBecomeStreamsConfigWithTheEngineOwnKeysLast() {
        JobSpec job = job(Map.of(
                "kstreams.processingGuarantee", "exactly_once_v2",
                "kstreams.stateStore", "in-memory",
                "kstreams.commitIntervalMs", "250",
                "kstreams.statestore.cache.max.bytes", "0"));
        KafkaStreamsKnobs knobs = KafkaStreamsKnobs.from(job.workload());

        StreamsConfig config = new StreamsConfig(knobs.streamsProperties(job, Path.of("/tmp/state")));

        assertThat(knobs.rocksDb()).isFalse();
        assertThat(config.getInt(StreamsConfig.NUM_STREAM_THREADS_CONFIG)).isEqualTo(3);
        assertThat(config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo("exactly_once_v2");
        assertThat(config.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(250);
        assertThat(config.getLong(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG))
                .isZero();
        assertThat(config.getString(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("fsbench-kstreams-run_1-in-topic");
        assertThat(config.getString(StreamsConfig.STATE_DIR_CONFIG)).isEqualTo("/tmp/state");
        assertThat(knobs.describe())
                .containsEntry("kstreams.processingGuarantee", "exactly-once-v2")
                .containsEntry("kstreams.statestore.cache.max.bytes", "0");
    }

    @Test
    void defaultsAreRocksDbAtLeastOnceAndAShortCommitInterval() {
        KafkaStreamsKnobs knobs = KafkaStreamsKnobs.from(job(Map.of()).workload());
        Properties props = knobs.streamsProperties(job(Map.of()), Path.of("/tmp/state"));

        assertThat(knobs.rocksDb()).isTrue();
        assertThat(props)
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "at_least_once")
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
    }

    @Test
    void keysAKnobSetsAreRefused() {
        assertThatThrownBy(() -> KafkaStreamsKnobs.from(
                        job(Map.of("kstreams.num.stream.threads", "4")).workload()))
                .isInstanceOf(KnobException.class)
                .hasMessageContaining("--parallelism");
    }

    @Test
    void settingsCheckKnowsStreamsAndClientKeysAndSuggestsForANearMiss() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = dev.fsbench.api.knobs.EngineKeyCheck.run(
                "Kafka Streams",
                List.of(
                        "kstreams.statestore.cache.max.bytes",
                        "kstreams.producer.linger.ms",
                        "kstreams.main.consumer.max.poll.records",
                        "kstreams.topic.segment.bytes",
                        "kstreams.statestore.cache.max.byte"),
                KafkaStreamsSettingsCheck.knownKeys(),
                List.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("UNKNOWN\tkstreams.statestore.cache.max.byte\tnot a Kafka Streams setting (did you mean"
                        + " kstreams.statestore.cache.max.bytes?)");
    }

    private static JobSpec job(Map<String, String> properties) {
        WorkloadSpec workload = new WorkloadSpec(
                "test",
                1_000,
                10_000,
                1_000,
                WindowSpec.tumbling(1_000),
                10,
                KeyDistribution.UNIFORM,
                1.0,
                200,
                3,
                3,
                1,
                properties);
        return new JobSpec("run:1", "kafka-streams", workload, "127.0.0.1:9092", Map.of(), "in-topic", "out", "/tmp/w");
    }
}
