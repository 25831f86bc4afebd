package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.EngineVersion;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.TelemetryStatus;
import dev.fsbench.results.WorkloadResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kafka Streams on the embedded broker, through the real run loop, with Zipf keys and out-of-order events:
 * tumbling windows exactly-once on in-memory stores with a commit interval of its own, and sliding windows
 * at-least-once on RocksDB with a pass-through setting. Every window must verify once, and every knob must show
 * in what the running job reported (its parsed StreamsConfig, its threads and tasks, the RocksDB instances on
 * disk, the transactional producers the broker knows), not only in the spec.
 */
class KafkaStreamsEndToEndIT {

    private static final long RATE = 2_000;
    private static final long OUT_OF_ORDERNESS_MS = 300;

    @Test
    void everyWindowVerifiesAndEveryKnobReachesTheRunningJob(@TempDir Path runDir) throws Exception {
        List<ProcessHandle> before = TestEngines.descendants();
        List<WorkloadPlan> plans = List.of(
                plan(workload(
                        "tumbling-eos-in-memory",
                        WindowSpec.tumbling(1000),
                        Map.of(
                                "kstreams.processingGuarantee", "exactly_once_v2",
                                "kstreams.stateStore", "in-memory",
                                "kstreams.commitIntervalMs", "200"))),
                plan(workload(
                        "sliding-rocksdb",
                        new WindowSpec(2000, 500),
                        Map.of("kstreams.stateStore", "rocksdb", "kstreams.statestore.cache.max.bytes", "1048576"))));

        RunResult result = TestEngines.runOnEmbeddedBroker("kstreams-it", runDir, plans);

        result.workloads().forEach(KafkaStreamsEndToEndIT::assertVerifiedWithMetrics);
        assertThat(result.status()).isEqualTo(RunStatus.OK);
        assertThat(result.environment().engineVersions()).containsKey("kafka-streams");
        // the version the engine JVM loaded, through its ready info, is the one the harness's build knows
        assertThat(result.workloads())
                .extracting(WorkloadResult::engineVersion)
                .containsOnly(new EngineVersion(
                        "Kafka Streams", result.environment().engineVersions().get("kafka-streams")));

        WorkloadResult exactlyOnce = result.workloads().get(0);
        JsonNode config = exactlyOnce.engineInfo().get("streamsConfig");
        assertThat(config.path("processing.guarantee").asText()).isEqualTo("exactly_once_v2");
        assertThat(config.path("commit.interval.ms").asText()).isEqualTo("200");
        JsonNode observed = exactlyOnce.engineMetrics().summary().get("observed");
        // one transactional producer per stream thread, known to the broker's transaction coordinator
        assertThat(observed.path("transactionalIds")).hasSize(2);
        assertThat(observed.path("rocksDbInstances").asLong()).isZero();
        assertThat(seriesNames(exactlyOnce)).noneMatch(name -> name.startsWith("kstreams.rocksdb."));

        WorkloadResult atLeastOnce = result.workloads().get(1);
        JsonNode defaults = atLeastOnce.engineInfo().get("streamsConfig");
        assertThat(defaults.path("processing.guarantee").asText()).isEqualTo("at_least_once");
        assertThat(defaults.path("commit.interval.ms").asText()).isEqualTo("100");
        assertThat(defaults.path("statestore.cache.max.bytes").asText()).isEqualTo("1048576");
        JsonNode rocksDb = atLeastOnce.engineMetrics().summary().get("observed");
        assertThat(rocksDb.path("transactionalIds")).isEmpty();
        assertThat(rocksDb.path("rocksDbInstances").asLong()).isPositive();
        assertThat(seriesNames(atLeastOnce)).contains("kstreams.rocksdb.estimate-num-keys");
        // RocksDB sizes its stores (SST files and memtables); in-memory stores report no size
        assertThat(atLeastOnce.engineMetrics().summary().get("stateSizeBytes").asLong())
                .isPositive();
        assertThat(exactlyOnce.engineMetrics().summary()).doesNotContainKey("stateSizeBytes");

        TestEngines.assertRunLeftNothing(runDir, before);
    }

    private static void assertVerifiedWithMetrics(WorkloadResult workload) {
        String label = workload.scenario();
        assertThat(workload.status())
                .as(label + ": " + workload.failureReason())
                .isEqualTo(RunStatus.OK);
        assertThat(workload.verification().passed()).as(label).isTrue();
        assertThat(workload.verification().windowsExpected()).as(label).isGreaterThan(1_000);
        assertThat(workload.verification().windowsCorrect())
                .as(label)
                .isEqualTo(workload.verification().windowsExpected());
        // emitted once, final: no window twice, exactly-once or not
        assertThat(workload.verification().windowsDuplicated()).as(label).isZero();
        assertThat(workload.verification().eventsCounted())
                .as(label)
                .isEqualTo(workload.verification().eventsExpected());
        // a window is emitted once stream time passes its end plus the grace (the disorder bound)
        assertThat(workload.latencyMs().p50()).as(label).isGreaterThanOrEqualTo(OUT_OF_ORDERNESS_MS - 1.0);
        assertThat(workload.telemetry().status()).as(label).isEqualTo(TelemetryStatus.OK);

        assertThat(seriesNames(workload))
                .as(label)
                .contains(
                        "kstreams.process-rate",
                        "kstreams.commit-latency-avg",
                        "kstreams.records-lag-max",
                        "intake.eventsPerSecond");
        Map<String, JsonNode> summary = workload.engineMetrics().summary();
        // num.stream.threads = parallelism: two threads, one input partition (task) each
        JsonNode threads = summary.get("observed").path("streamThreads");
        assertThat(threads).as(label).hasSize(2);
        threads.forEach(
                thread -> assertThat(thread.path("activeTasks")).as(label).hasSize(1));
        JsonNode dropped = summary.get("finalMetrics").get("kstreams.dropped-records-total");
        assertThat(dropped).as(label + ": dropped-records-total reported").isNotNull();
        assertThat(dropped.asDouble()).as(label + ": no event dropped as late").isZero();
        assertThat(summary.get("windowSubtaskLoad").path("recordsInPerSubtask"))
                .as(label)
                .hasSize(2);
        // its changelog topics and consumer group removed from the broker after the close
        assertThat(summary.get("leftOnBroker")).as(label).isEmpty();
    }

    private static Set<String> seriesNames(WorkloadResult workload) {
        return workload.engineMetrics().series().stream()
                .filter(s -> !s.points().isEmpty())
                .map(EngineMetrics.Series::name)
                .collect(Collectors.toSet());
    }

    private static WorkloadPlan plan(WorkloadSpec workload) {
        return new WorkloadPlan(EngineDrivers.byName("kafka-streams"), workload, 1);
    }

    private static WorkloadSpec workload(String name, WindowSpec window, Map<String, String> kstreamsProperties) {
        Map<String, String> properties = new HashMap<>(kstreamsProperties);
        properties.put("jvm.heap", "512m");
        return new WorkloadSpec(
                name,
                RATE,
                10_000,
                3_000,
                window,
                500,
                KeyDistribution.ZIPF,
                1.1,
                OUT_OF_ORDERNESS_MS,
                2,
                2,
                13,
                properties);
    }
}
