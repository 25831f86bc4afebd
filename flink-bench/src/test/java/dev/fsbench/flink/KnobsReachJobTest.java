package dev.fsbench.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.api.EngineSummaryKeys;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.knobs.FlinkSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each knob is checked where Flink reports it for the running job (REST: execution config, checkpoint
 * config, job configuration, TaskManager memory), not in the spec that was passed in. The job is the real
 * pipeline between a paced in-memory source and a discarding sink.
 */
class KnobsReachJobTest {

    private record Point(String name, Map<String, String> tags, double value) {}

    @TempDir
    Path workDir;

    @Test
    void tunedKnobsReachTheRunningJobAndItsMetricsArePolled() throws Exception {
        FlinkKnobs knobs = FlinkKnobs.from(FlinkKnobsTest.workload(
                2,
                Map.of(
                        "flink.objectReuse",
                        "true",
                        "flink.stateBackend",
                        "rocksdb",
                        "flink.checkpointIntervalMs",
                        "1000",
                        "flink.networkMemory",
                        "48mb",
                        "flink.managedMemory",
                        "96mb",
                        "flink.recordType",
                        "kryo",
                        "flink.watermarkIntervalMs",
                        "50",
                        "flink.bufferTimeoutMs",
                        "10",
                        "flink.windowProbe",
                        "true")));
        List<Point> points = new CopyOnWriteArrayList<>();

        // Flink's MeterView updates its rate every 5 s: poll until it has (30 s at most), not a fixed count
        Map<String, Object> applied = runBriefly(
                knobs,
                30,
                points,
                polled -> maxOf(polled, "flink.custom.wordsPerSecond") > 0
                        && maxOf(polled, "flink.checkpointDurationMs") >= 0
                        && polled.stream().anyMatch(pt -> pt.name().equals("flink.checkpointSizeBytes")));

        JsonNode execution = (JsonNode) applied.get("executionConfig");
        assertThat(execution.path("object-reuse-mode").asBoolean()).isTrue();
        assertThat(execution.path("job-parallelism").asInt()).isEqualTo(2);
        JsonNode checkpoints = (JsonNode) applied.get("checkpointConfig");
        assertThat(checkpoints.path("interval").asLong()).isEqualTo(1000);
        assertThat(checkpoints.path("mode").asText()).isEqualTo("at_least_once");
        assertThat(checkpoints.path("state_backend").asText()).isEqualTo("EmbeddedRocksDBStateBackend");
        @SuppressWarnings("unchecked")
        Map<String, String> jobConfiguration = (Map<String, String>) applied.get("jobConfiguration");
        assertThat(jobConfiguration)
                .containsEntry("pipeline.auto-watermark-interval", "50 ms")
                .containsEntry("execution.buffer-timeout.interval", "10 ms");
        JsonNode memory = (JsonNode) applied.get("taskManagerMemory");
        assertThat(memory.path("networkMemory").asLong())
                .isEqualTo(MemorySize.ofMebiBytes(48).getBytes());
        assertThat(memory.path("managedMemory").asLong())
                .isEqualTo(MemorySize.ofMebiBytes(96).getBytes());

        Set<String> names = points.stream().map(Point::name).collect(Collectors.toSet());
        assertThat(names)
                .contains(
                        "flink.numRecordsIn",
                        "flink.numRecordsOut",
                        "flink.backPressuredTimeMsPerSecond",
                        "flink.busyTimeMsPerSecond",
                        "flink.idleTimeMsPerSecond",
                        "flink.checkpointDurationMs",
                        "flink.checkpointSizeBytes",
                        "flink.custom.wordsIn",
                        "flink.custom.wordsPerSecond",
                        "flink.custom.eventTimeLagMs.p50",
                        "flink.custom.eventTimeLagMs.p99",
                        "flink.custom.eventTimeLagMs.max",
                        "flink.custom.watermarkLagMs",
                        "flink.numLateRecordsDropped");
        assertThat(maxOf(points, "flink.custom.wordsIn")).isPositive();
        assertThat(maxOf(points, "flink.custom.wordsPerSecond")).isPositive();
        assertThat(points)
                .filteredOn(p -> p.name().equals("flink.numRecordsIn"))
                .extracting(p -> p.tags().get("subtask"))
                .contains("0", "1");
        // a MiniCluster has one TaskManager: every subtask deployed once, on it, and never moved
        @SuppressWarnings("unchecked")
        Map<String, Object> placement = (Map<String, Object>) applied.get(EngineSummaryKeys.PLACEMENT);
        assertThat(placement)
                .containsEntry("kind", "deploy-once")
                .containsEntry("moves", 0L)
                .containsEntry("deployments", 1)
                .containsEntry("taskManagers", 1);
        // at parallelism 2, at least the source and the window vertex with 2 subtasks each
        assertThat((Integer) placement.get("subtasks")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void defaultKnobsAreWhatTheJobRunsWith() throws Exception {
        FlinkKnobs knobs = FlinkKnobs.from(FlinkKnobsTest.workload(1, Map.of()));

        Map<String, Object> applied = runBriefly(knobs, 0, new CopyOnWriteArrayList<>(), polled -> true);

        assertThat(((JsonNode) applied.get("executionConfig"))
                        .path("object-reuse-mode")
                        .asBoolean())
                .isFalse();
        JsonNode checkpoints = (JsonNode) applied.get("checkpointConfig");
        assertThat(checkpoints.path("state_backend").asText()).isEqualTo("HashMapStateBackend");
        assertThat(checkpoints.path("interval").asLong())
                .isEqualTo(FlinkSettings.CHECKPOINT_INTERVAL_MS.defaultValue());
        @SuppressWarnings("unchecked")
        Map<String, String> jobConfiguration = (Map<String, String>) applied.get("jobConfiguration");
        assertThat(jobConfiguration).containsEntry("state.backend.type", "hashmap");
    }

    private Map<String, Object> runBriefly(
            FlinkKnobs knobs, int maxPollSeconds, List<Point> points, java.util.function.Predicate<List<Point>> enough)
            throws Exception {
        Configuration config = new Configuration();
        knobs.applyTo(config);
        FlinkCluster cluster = FlinkCluster.local(config, workDir);
        StreamExecutionEnvironment env = cluster.environment();
        defineJob(env, EventCodec.of(knobs.recordType()), knobs.windowJob());
        JobClient client = env.executeAsync("knobs test");
        try {
            String jobId = client.getJobID().toHexString();
            FlinkRestClient rest = new FlinkRestClient(cluster.restUrl());
            new JobStatusWatcher(rest, jobId).awaitAllTasksRunning(60_000);
            RestMetricsPoller poller =
                    new RestMetricsPoller(rest, jobId, (name, tags, value) -> points.add(new Point(name, tags, value)));
            long deadline = System.currentTimeMillis() + maxPollSeconds * 1000L;
            while (System.currentTimeMillis() < deadline) {
                Thread.sleep(RestMetricsPoller.PERIOD_MS);
                poller.pollOnce();
                if (enough.test(points)) {
                    break;
                }
            }
            poller.pollOnce(); // the final poll, as the engine's stop makes it
            Map<String, Object> applied = new java.util.LinkedHashMap<>(EffectiveConfig.read(rest, jobId, true));
            applied.put(EngineSummaryKeys.PLACEMENT, poller.placement());
            return applied;
        } finally {
            MiniClusterShutdown.cancelAndAwait(client, cluster.restUrl(), workDir);
        }
    }

    static <T> void defineJob(StreamExecutionEnvironment env, EventCodec<T> codec, WindowJobOptions options) {
        DataStream<T> events = env.fromSequence(0, Long.MAX_VALUE)
                .map(new PacedEvents<>(codec), codec.typeInfo())
                .assignTimestampsAndWatermarks(WordCountPipeline.watermarks(codec, 100, 1000));
        WordCountPipeline.windowedCounts(events, codec, WindowSpec.tumbling(500), options)
                .sinkTo(new DiscardingSink<>());
    }

    private static double maxOf(List<Point> points, String name) {
        return points.stream()
                .filter(p -> p.name().equals(name))
                .mapToDouble(Point::value)
                .max()
                .orElse(-1);
    }
}
