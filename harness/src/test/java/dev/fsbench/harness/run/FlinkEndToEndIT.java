package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.harness.engine.EngineTempFiles;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
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
 * Flink on the embedded broker, through the real run loop: tumbling windows (with the window-input probe),
 * sliding windows with Zipf keys, the exactly-once sink (the collector reads read_committed), and salting
 * under Zipf keys, all with out-of-order events. Every window must verify with no duplicates, the
 * engine's own metrics and REST series must be in the result, the job archive must exist for the
 * HistoryServer, and no process may outlive the run.
 */
class FlinkEndToEndIT {

    private static final long RATE = 2_000;
    private static final long OUT_OF_ORDERNESS_MS = 300;
    /** 8 s at 2,000 ev/s: thousands of windows per workload and four checkpoints for exactly-once. */
    private static final long DURATION_MS = 8_000;

    @Test
    void everyWindowVerifiesWithEngineMetricsInTheResult(@TempDir Path runDir) throws Exception {
        List<ProcessHandle> before = TestEngines.descendants();
        Set<String> tempBefore = EngineTempFiles.inSystemTemp();
        List<WorkloadPlan> plans = List.of(
                plan(workload(
                        "tumbling",
                        DURATION_MS,
                        WindowSpec.tumbling(1000),
                        KeyDistribution.UNIFORM,
                        Map.of("flink.windowProbe", "true"))),
                plan(workload("sliding-zipf", DURATION_MS, new WindowSpec(2000, 500), KeyDistribution.ZIPF, Map.of())),
                plan(workload(
                        "exactly-once",
                        DURATION_MS,
                        WindowSpec.tumbling(1000),
                        KeyDistribution.UNIFORM,
                        Map.of("flink.deliveryGuarantee", "exactly-once", "flink.checkpointIntervalMs", "2000"))),
                // a skew mitigation: two-phase counts must give exactly the unsalted windows (rebalance and the
                // other graph knobs are verified window by window in flink-bench's WordCountPipelineTest)
                plan(workload(
                        "zipf-salt",
                        DURATION_MS,
                        WindowSpec.tumbling(1000),
                        KeyDistribution.ZIPF,
                        Map.of(
                                "flink.skewMitigation",
                                "salt",
                                "flink.saltBuckets",
                                "4",
                                "flink.reuseResultObject",
                                "true"))));

        RunResult result = TestEngines.runOnEmbeddedBroker("flink-it", runDir, plans);

        for (WorkloadResult workload : result.workloads()) {
            assertVerifiedWithMetrics(workload, runDir);
        }
        WorkloadResult exactlyOnce = result.workloads().get(2);
        Map<String, JsonNode> summary = exactlyOnce.engineMetrics().summary();
        // the job's checkpoint settings as Flink's REST API reported them (a JSON object since results are typed)
        JsonNode checkpoints = summary.get("applied").path("checkpointConfig");
        assertThat(checkpoints.path("mode").asText()).isEqualTo("exactly_once");
        assertThat(checkpoints.path("interval").asLong()).isEqualTo(2_000);
        // checkpoints every 2 s: the last one's state (window contents, Kafka offsets, the sink's transaction)
        assertThat(summary.get("checkpointsCompleted").asLong()).isPositive();
        assertThat(summary.get("stateSizeBytes").asLong()).isPositive();
        assertThat(summary.get("checkpointDurationMs").asLong()).isNotNegative();
        assertThat(result.status()).isEqualTo(RunStatus.OK);
        TestEngines.assertRunLeftNothing(runDir, before);
        assertThat(EngineTempFiles.inSystemTemp())
                .as("new engine files in " + EngineTempFiles.systemTemp())
                .isSubsetOf(tempBefore);
    }

    private static void assertVerifiedWithMetrics(WorkloadResult workload, Path runDir) {
        String label = workload.scenario();
        assertThat(workload.status())
                .as(label + ": " + workload.failureReason())
                .isEqualTo(RunStatus.OK);
        assertThat(workload.verification().passed()).as(label).isTrue();
        assertThat(workload.verification().windowsExpected()).as(label).isGreaterThan(1_000);
        assertThat(workload.verification().windowsCorrect())
                .as(label)
                .isEqualTo(workload.verification().windowsExpected());
        assertThat(workload.verification().windowsDuplicated()).as(label).isZero();
        assertThat(workload.verification().eventsCounted())
                .as(label)
                .isEqualTo(workload.verification().eventsExpected());
        // a window closes only once the watermark passes its end, which trails the newest event by the disorder bound
        assertThat(workload.latencyMs().p50()).as(label).isGreaterThanOrEqualTo(OUT_OF_ORDERNESS_MS - 1.0);

        EngineMetrics metrics = workload.engineMetrics();
        assertThat(Path.of(metrics.summary().get("archive").asText()))
                .as(label + ": job archive for the HistoryServer")
                .isRegularFile()
                .startsWith(runDir);
        Set<String> nonEmptySeries = metrics.series().stream()
                .filter(s -> !s.points().isEmpty())
                .map(EngineMetrics.Series::name)
                .collect(Collectors.toSet());
        assertThat(nonEmptySeries)
                .as(label)
                .contains(
                        "flink.numRecordsIn",
                        "flink.busyTimeMsPerSecond",
                        "flink.backPressuredTimeMsPerSecond",
                        "flink.idleTimeMsPerSecond",
                        "flink.checkpointDurationMs",
                        // the source's output as the engine's intake (docs/backpressure.md)
                        "intake.eventsTotal",
                        "intake.eventsPerSecond");
        assertThat(metrics.series())
                .as(label + ": flow-control times per subtask")
                .filteredOn(s -> s.name().equals("flink.backPressuredTimeMsPerSecond"))
                .extracting(s -> s.tags().get("subtask"))
                .contains("0", "1");
        // how evenly the counting operator's subtasks shared the input (the skew experiments' per-subtask load)
        JsonNode load = metrics.summary().get("windowSubtaskLoad");
        assertThat(load).as(label + ": windowSubtaskLoad").isNotNull();
        assertThat(load.path("recordsInPerSubtask")).as(label).hasSize(2);
        assertThat(load.path("maxOverMean").asDouble()).as(label).isBetween(1.0, 2.0);
        // every event reaches the counting operator once (keyed, salted or rebalanced); the last REST sample may
        // be up to a refresh interval old
        long recordsIn = 0;
        for (JsonNode subtask : load.path("recordsInPerSubtask")) {
            recordsIn += subtask.asLong();
        }
        assertThat(recordsIn)
                .as(label + ": records into the counting operator")
                .isBetween(
                        (long) (workload.generator().eventsSent() * 0.95),
                        workload.generator().eventsSent());
        boolean probed = "true".equals(workload.config().engineProperties().get("flink.windowProbe"));
        if (!probed) {
            // off by default: the engines do equal work unless the probe's cost is what is measured
            assertThat(nonEmptySeries).as(label).noneMatch(name -> name.startsWith("flink.custom."));
            return;
        }
        assertThat(nonEmptySeries)
                .as(label)
                .contains(
                        "flink.custom.wordsIn",
                        "flink.custom.wordsPerSecond",
                        "flink.custom.eventTimeLagMs.p99",
                        "flink.custom.watermarkLagMs");
        JsonNode finalMetrics = metrics.summary().get("finalMetrics");
        // the engine's own count vs the generator's: the last REST sample may be up to a refresh interval old
        assertThat(finalMetrics.get("flink.custom.wordsIn").asLong())
                .as(label)
                .isBetween(
                        (long) (workload.generator().eventsSent() * 0.95),
                        workload.generator().eventsSent());
    }

    private static WorkloadPlan plan(WorkloadSpec workload) {
        return new WorkloadPlan(EngineDrivers.byName("flink"), workload, 1);
    }

    private static WorkloadSpec workload(
            String name,
            long durationMs,
            WindowSpec window,
            KeyDistribution keys,
            Map<String, String> flinkProperties) {
        Map<String, String> properties = new HashMap<>(flinkProperties);
        properties.put("jvm.heap", "1g");
        return new WorkloadSpec(
                name, RATE, durationMs, 3_000, window, 500, keys, 1.1, OUT_OF_ORDERNESS_MS, 2, 2, 11, properties);
    }
}
