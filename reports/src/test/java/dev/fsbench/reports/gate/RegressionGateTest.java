package dev.fsbench.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fsbench.reports.Corpus;
import dev.fsbench.reports.ResultFixtures;
import dev.fsbench.reports.ResultFixtures.Shape;
import dev.fsbench.reports.RunRecord;
import dev.fsbench.results.RunResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegressionGateTest {
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final String FLINK = "stream/flink/wordcount-tumbling/";
    private static final String SPARK = "stream/spark-structured/wordcount-tumbling/";

    private static RunRecord run(String id, int day, String env, Shape shape) {
        RunResult result = ResultFixtures.run(id, T0.plusSeconds(86_400L * day), env, shape);
        return new RunRecord(id, Path.of("runs", id), result);
    }

    @Test
    void aLatencyRiseAndAThroughputDropOnARealRunAreFlaggedInTheirDirection() {
        List<RunRecord> corpus = Corpus.runs();
        RunRecord baseline = corpus.get(0);
        String p50 = "stream/baseline/tumbling-uniform/latencyMs.p50";
        String processed = "stream/flink/tumbling-uniform/throughput.processedEventsPerSec";

        ComparisonReport slower = RegressionGate.compare(baseline, Corpus.withLatencyTimes(corpus.get(1), 1.15));
        assertThat(slower.exitCode()).isEqualTo(ComparisonReport.REGRESSED);
        assertThat(slower.forKey(p50).verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(slower.forKey(p50).current().mean())
                .isGreaterThan(slower.forKey(p50).baseline().mean());

        ComparisonReport dropped = RegressionGate.compare(baseline, Corpus.withProcessedTimes(corpus.get(1), 0.85));
        assertThat(dropped.forKey(processed).verdict()).isEqualTo(Verdict.REGRESSED);

        ComparisonReport faster = RegressionGate.compare(baseline, Corpus.withLatencyTimes(corpus.get(1), 0.85));
        assertThat(faster.exitCode()).isEqualTo(ComparisonReport.PASSED);
        assertThat(faster.forKey(p50).verdict()).isEqualTo(Verdict.IMPROVED);
    }

    @Test
    void otherMetricsAreReportedButNeverFailTheGate() {
        List<RunRecord> corpus = Corpus.runs();
        RunRecord current = new RunRecord(
                "c",
                Path.of("c"),
                ResultFixtures.edit(
                        corpus.get(1).result(),
                        r -> r.path("workloads")
                                .forEach(w -> ((ObjectNode) w.path("throughput"))
                                        .put(
                                                "inputEventsPerSec",
                                                w.path("throughput")
                                                                .path("inputEventsPerSec")
                                                                .asDouble()
                                                        / 2))));

        ComparisonReport report = RegressionGate.compare(corpus.get(0), current);

        MetricComparison input = report.forKey("stream/baseline/tumbling-uniform/throughput.inputEventsPerSec");
        assertThat(input.verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(input.gating()).isFalse();
        assertThat(report.exitCode()).isEqualTo(ComparisonReport.PASSED);
    }

    @Test
    void oneRepeatAgainstOneRepeatCannotBeJudged() {
        RunRecord run = Corpus.runs().get(0);
        RunResult single = ResultFixtures.edit(run.result(), r -> {
            var workloads = (com.fasterxml.jackson.databind.node.ArrayNode) r.path("workloads");
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = workloads.size() - 1; i >= 0; i--) {
                if (!seen.add(workloads.get(i).path("engine").asText())) {
                    workloads.remove(i);
                }
            }
        });
        RunRecord one = new RunRecord("one", Path.of("one"), single);

        ComparisonReport report = RegressionGate.compare(one, one);

        assertThat(report.exitCode()).isEqualTo(ComparisonReport.CANNOT_JUDGE);
        assertThat(report.cannotJudgeReason()).contains("noise unknown", "repeat");
    }

    @Test
    void holmStopsAtTheFirstPValueAboveItsShareOfTheBudget() {
        double[] p = {0.001, 0.03, 0.013, 0.9};
        boolean[] rejected = FamilyVerdicts.holm(new int[] {0, 1, 2, 3}, p, 4);
        // 0.001 <= 0.05/4, 0.013 <= 0.05/3, 0.03 > 0.05/2: stop
        assertThat(rejected).containsExactly(true, false, true, false);
    }

    @Test
    void aContendedRunIsNeverABaseline() {
        List<RunRecord> corpus = Corpus.runs();
        RunRecord contended = new RunRecord(
                "busy",
                Path.of("busy"),
                ResultFixtures.edit(
                        corpus.get(0).result(),
                        r -> ((ObjectNode) r.path("workloads").path(0))
                                .putObject("machineLoad")
                                .put("cores", 2)
                                .put("loadBefore", 3.5)
                                .put("contended", true)));

        assertThatThrownBy(() -> RegressionGate.compare(contended, corpus.get(1)))
                .isInstanceOf(IncomparableRunsException.class)
                .hasMessageContaining("contended");
        ComparisonReport history = RegressionGate.compareWithHistory(
                List.of(contended, corpus.get(1)), corpus.get(1), RegressionGate.DEFAULT_HISTORY_RUNS);
        assertThat(history.baselineRunIds()).isEmpty();
        assertThat(history.notes()).anyMatch(n -> n.contains("busy skipped as a baseline: contended"));
        assertThat(history.exitCode()).isEqualTo(ComparisonReport.CANNOT_JUDGE);

        RunRecord competed = new RunRecord(
                "competed",
                Path.of("competed"),
                ResultFixtures.edit(
                        corpus.get(0).result(),
                        r -> ((ObjectNode) r.path("workloads").path(0))
                                .putObject("machineLoad")
                                .put("cores", 2)
                                .put("loadBefore", 1.2)
                                .put("foreignCpuCoresBefore", 0.8)
                                .put("contended", true)));
        assertThat(Contention.of(competed)).contains("other processes used 0.80 cores before");
    }

    @Test
    void theKafkaSetupIsPartOfTheFingerprintButItsPortIsNot() {
        RunRecord run = Corpus.runs().get(0);
        RunRecord otherPort = new RunRecord(
                "p",
                Path.of("p"),
                ResultFixtures.edit(
                        run.result(), r -> ((ObjectNode) r.path("kafka")).put("bootstrapServers", "127.0.0.1:1234")));
        RunRecord otherBackend = new RunRecord(
                "k",
                Path.of("k"),
                ResultFixtures.edit(run.result(), r -> ((ObjectNode) r.path("kafka")).put("backend", "external")));

        assertThat(otherPort.fingerprint()).isEqualTo(run.fingerprint());
        assertThat(otherBackend.fingerprint()).isNotEqualTo(run.fingerprint());
        assertThatThrownBy(() -> RegressionGate.compare(run, otherBackend))
                .isInstanceOf(IncomparableRunsException.class);
    }

    @Test
    void theConfigDigestCoversEveryRepeat() {
        RunRecord run = Corpus.runs().get(0);
        RunRecord oneRepeatChanged = new RunRecord(
                "r",
                Path.of("r"),
                ResultFixtures.edit(
                        run.result(),
                        r -> ((ObjectNode) r.path("workloads").path(2).path("config")).put("partitions", 4)));

        ComparisonReport report = RegressionGate.compare(run, oneRepeatChanged);

        assertThat(report.forKey("stream/baseline/tumbling-uniform/latencyMs.p50")
                        .verdict())
                .isEqualTo(Verdict.SKIPPED);
        assertThat(report.forKey("stream/flink/tumbling-uniform/latencyMs.p50").verdict())
                .isEqualTo(Verdict.UNCHANGED);
    }

    @Test
    void jmhConfidenceIntervalsDecideTimedMicrobenchmarks() {
        assertThat(NoiseRule.compare(jmh(1000, 30), jmh(1200, 35)).verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(NoiseRule.compare(jmh(1000, 30), jmh(1020, 35)).verdict()).isEqualTo(Verdict.UNCHANGED);
        assertThat(NoiseRule.compare(jmh(1000, 300), jmh(1200, 300)).verdict()).isEqualTo(Verdict.NOISY);
        assertThat(NoiseRule.compare(jmh(1000, Double.NaN), jmh(1500, Double.NaN))
                        .verdict())
                .isEqualTo(Verdict.NOISY);
    }

    @Test
    void deterministicFiguresAreComparedExactlyOrWithinATightBound() {
        assertThat(NoiseRule.compare(exact("bytes", MetricKind.EXACT, 46), exact("bytes", MetricKind.EXACT, 47))
                        .verdict())
                .isEqualTo(Verdict.REGRESSED);
        assertThat(NoiseRule.compare(exact("bytes", MetricKind.EXACT, 46), exact("bytes", MetricKind.EXACT, 45))
                        .verdict())
                .isEqualTo(Verdict.IMPROVED);
        assertThat(NoiseRule.compare(
                                exact("alloc", MetricKind.NEAR_EXACT, 680),
                                exact("alloc", MetricKind.NEAR_EXACT, 680.4))
                        .verdict())
                .isEqualTo(Verdict.UNCHANGED);
        assertThat(NoiseRule.compare(
                                exact("alloc", MetricKind.NEAR_EXACT, 680), exact("alloc", MetricKind.NEAR_EXACT, 712))
                        .verdict())
                .isEqualTo(Verdict.REGRESSED);
        // JMH measured the allocation with an error (JIT not settled): the bound widens to that error, no further
        assertThat(NoiseRule.compare(alloc(680, 40), alloc(712, 40)).verdict()).isEqualTo(Verdict.UNCHANGED);
        assertThat(NoiseRule.compare(alloc(680, 40), alloc(800, 40)).verdict()).isEqualTo(Verdict.REGRESSED);
    }

    private static Observation alloc(double value, double error) {
        return new Observation(
                "alloc",
                "g",
                "alloc",
                "B/op",
                Direction.LOWER_IS_BETTER,
                MetricKind.NEAR_EXACT,
                new double[] {value},
                new double[] {error},
                "d");
    }

    @Test
    void wrongWindowsAreARegressionEvenWhenTimingsAreUnchanged() {
        RunRecord baseline = run("b", 0, ResultFixtures.ENV_A, Shape.reference(8));
        RunResult broken = ResultFixtures.edit(
                ResultFixtures.run("c", T0.plusSeconds(86_400), ResultFixtures.ENV_A, Shape.reference(9)),
                r -> ((ObjectNode) r.path("workloads").path(0).path("verification"))
                        .put("windowsWrong", 3)
                        .put("passed", false));

        ComparisonReport report = RegressionGate.compare(baseline, new RunRecord("c", Path.of("c"), broken));

        assertThat(report.forKey(FLINK + "verification.badWindows").verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(report.exitCode()).isEqualTo(1);
    }

    @Test
    void runsFromDifferentEnvironmentsAreNeverCompared() {
        RunRecord a = run("a", 0, ResultFixtures.ENV_A, Shape.reference(1));
        RunRecord b = run("b", 1, ResultFixtures.ENV_B, new Shape(2.0, 2, true, true, 2));

        assertThatThrownBy(() -> RegressionGate.compare(a, b))
                .isInstanceOf(IncomparableRunsException.class)
                .hasMessageContaining("different environments");

        ComparisonReport history = RegressionGate.compareWithHistory(List.of(a, b), b, 10);
        assertThat(history.comparisons()).isEmpty();
        assertThat(history.notes())
                .anyMatch(n -> n.contains("other setups"))
                .anyMatch(n -> n.contains("nothing to compare"));
    }

    @Test
    void aChangedWorkloadConfigurationIsSkippedNotCompared() {
        RunRecord baseline = run("b", 0, ResultFixtures.ENV_A, Shape.reference(3));
        RunResult changed = ResultFixtures.edit(
                ResultFixtures.run(
                        "c", T0.plusSeconds(86_400), ResultFixtures.ENV_A, new Shape(1.5, 2, false, true, 4)),
                r -> r.path("workloads").forEach(w -> ((ObjectNode) w.path("config")).put("ratePerSec", 40_000)));

        ComparisonReport report = RegressionGate.compare(baseline, new RunRecord("c", Path.of("c"), changed));

        assertThat(report.forKey(FLINK + "latencyMs.p99").verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(report.forKey(FLINK + "latencyMs.p99").reason()).contains("configuration differs");
        assertThat(report.withVerdict(Verdict.REGRESSED))
                .extracting(c -> c.current().key())
                .noneMatch(key -> key.startsWith("stream/"));
        // a capacity search sets its own rates: the fixed-rate workloads' rate is not part of its configuration
        assertThat(report.forKey("capacity/baseline/wordcount-tumbling/maxSustainableEventsPerSec")
                        .verdict())
                .isEqualTo(Verdict.REGRESSED);
    }

    private static Observation jmh(double score, double error) {
        return new Observation(
                "k",
                "g",
                "score",
                "ns/op",
                Direction.LOWER_IS_BETTER,
                MetricKind.TIMED,
                new double[] {score},
                new double[] {error},
                "d");
    }

    private static Observation exact(String key, MetricKind kind, double value) {
        return new Observation(
                key,
                "g",
                key,
                "B",
                Direction.LOWER_IS_BETTER,
                kind,
                new double[] {value},
                new double[] {Double.NaN},
                "d");
    }
}
