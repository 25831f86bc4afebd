package dev.fsbench.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultJsonTest {

    /** A workload as the harness assembles one: every section filled. */
    static WorkloadResult workload() {
        WorkloadSpec spec = new WorkloadSpec(
                "smoke",
                5_000,
                20_000,
                5_000,
                new WindowSpec(1_000, 1_000),
                1_000,
                KeyDistribution.UNIFORM,
                0,
                200,
                2,
                2,
                7,
                64,
                Map.of("jvm.heap", "1g"));
        TelemetryInfo info = new TelemetryInfo(
                TelemetryStatus.OK,
                null,
                Map.of("jfr", "engine.jfr"),
                1_000L,
                21_000L,
                new TelemetrySeries(
                        List.of(new SeriesPoint(1_000, 52_428_800L)),
                        List.of(new SeriesPoint(1_500, 3.2)),
                        List.of(new SeriesPoint(2_000, 0.4)),
                        List.of(new SeriesPoint(2_000, 0.7))));
        return WorkloadResult.builder("flink", "smoke")
                .status(RunStatus.OK, null)
                .config(WorkloadConfig.of(spec))
                .generator(new GeneratorSummary(
                        5_000, 4_998.5, 125_000, 100_000, 4.5, true, 0, 5_000, 25_000, 26_000, true, 2))
                .verification(new Verification(
                        Verification.EXACT, true, 20_000, 20_000, 0, 0, 0, 0, 0, 100_000, 100_000, null, List.of()))
                .throughput(
                        new Throughput(4_998.5, 5_001.0),
                        List.of(new ThroughputPoint(6_000, 5_000, 4_900.0, 1_200.0, 3.5)))
                .latency(
                        new LatencySummary(
                                210.0,
                                230.0,
                                250.0,
                                260.0,
                                270.0,
                                215.5,
                                20_000,
                                List.of(new LatencySummary.PercentilePoint(50.0, 210.0))),
                        new LatencySummary(211.0, 231.0, 251.0, 261.0, 271.0, 216.5, 20_000, List.of()),
                        new LatencyTrend(240, 252, 12, true),
                        List.of(new LatencyInterval(6_000, 1_000, 209, 249, 270)))
                .files(Map.of("engine_out", "flink-smoke/engine.out"))
                .engine(
                        Map.of("webUi", TextNode.valueOf("http://127.0.0.1:8081")),
                        new EngineMetrics(
                                List.of(new EngineMetrics.Series(
                                        "busyTimeMsPerSecond",
                                        Map.of("subtask", "0"),
                                        List.of(new SeriesPoint(6_000, 120.0)))),
                                Map.of("checkpoints", TextNode.valueOf("0"))))
                .telemetry(new TelemetryResult(
                        new GcFigures("G1New/G1Old", 4, 6, 21.5, 6.1, 6.1, 0.001, 3.2e7, 40_000_000L),
                        new CpuFigures(0.41, 0.52, 0.77, 20),
                        info))
                .machineLoad(new MachineLoad(2, 4.1, 4.3, 4.6, 0.04, 0.12, false))
                .build();
    }

    static RunResult run(List<WorkloadResult> workloads) {
        return new RunResult(
                RunResult.SCHEMA_VERSION,
                "2026-11-30T1000-test",
                "2026-11-30T10:00:00Z",
                "2026-11-30T10:01:00Z",
                RunStatus.OK,
                List.of(),
                new Environment(
                        "abc", "main", false, 2, 8L << 30, "Linux", "OpenJDK 17", Map.of("flink", "2.2.1"), "f00"),
                new KafkaInfo("embedded", "4.2.0", 2_400.0, "127.0.0.1:9092"),
                workloads,
                TelemetryResult.missing("no recording", Map.of()),
                null,
                java.util.List.of());
    }

    @Test
    void aWrittenResultIsValidAgainstTheSchemaAndReadsBackEqual() throws Exception {
        RunResult result = run(List.of(workload()));
        byte[] json = ResultJson.write(result);
        JsonNode tree = new ObjectMapper().readTree(json);
        try (InputStream schema = ResultJson.schema()) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                            .getSchema(new ObjectMapper().readTree(schema))
                            .validate(tree))
                    .isEmpty();
        }
        assertThat(ResultJson.read(tree)).isEqualTo(result);
        // the flat workload shape the reports and older readers know
        assertThat(tree.at("/workloads/0/gc/pauseCount").asInt()).isEqualTo(6);
        assertThat(tree.at("/workloads/0/config/window/sizeMs").asLong()).isEqualTo(1_000);
        assertThat(tree.at("/workloads/0/config/payloadBytes").asInt()).isEqualTo(64);
        assertThat(tree.at("/workloads/0/engineMetrics/series/0/points/0/1").asDouble())
                .isEqualTo(120.0);
        assertThat(tree.at("/harness/telemetry/status").asText()).isEqualTo("MISSING");
    }

    @Test
    void anOlderResultReadsLeniently() throws Exception {
        String older = """
                {"schemaVersion": 1, "runId": "old", "startedAt": "2026-01-01T00:00:00Z", "status": "OK",
                 "somethingNew": {"x": 1},
                 "environment": {"cores": 2, "memoryBytes": 1, "os": "Linux", "jvm": "17", "fingerprint": "f"},
                 "workloads": [{"engine": "spark-dstream", "scenario": "cli", "status": "OK",
                   "config": {"ratePerSec": 10, "durationMs": 1, "warmupMs": 0, "keyDistribution": "LOGNORMAL"},
                   "verification": {"windowsExpected": 3, "windowsCorrect": 3, "windowsMissing": 0,
                     "windowsDuplicated": 0, "windowsWrong": 0, "eventsExpected": 9, "eventsCounted": 9},
                   "throughput": {"inputEventsPerSec": 10, "outputEventsPerSec": 10},
                   "latencyMs": {"p50": null, "p90": null, "p99": null, "p999": null, "max": null, "count": 0},
                   "telemetry": {"status": "MISSING", "reason": "killed"}}]}
                """;
        RunResult result = ResultJson.read(new ObjectMapper().readTree(older));

        WorkloadResult w = result.workloads().get(0);
        assertThat(w.config().keyDistribution())
                .as("an enum value this reader does not know")
                .isNull();
        assertThat(w.config().payloadBytes())
                .as("written before the setting existed")
                .isZero();
        assertThat(w.verification().passed()).isNull();
        assertThat(w.verdict().passed())
                .as("all windows correct: passed by the older rule")
                .isTrue();
        assertThat(w.latencyOverTime()).isEmpty();
        assertThat(w.engineInfo()).isEmpty();
        assertThat(w.telemetry().series().heapUsedBytes()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.microbenchmarks()).isNull();
    }
}
