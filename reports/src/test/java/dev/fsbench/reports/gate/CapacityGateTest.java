package dev.fsbench.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fsbench.reports.ResultFixtures;
import dev.fsbench.reports.ResultFixtures.Shape;
import dev.fsbench.reports.RunRecord;
import dev.fsbench.results.RunResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The gate on schema-2 sections: capacity per (engine, scenario), and INVALID workloads left out. */
class CapacityGateTest {
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final String FLINK_CAPACITY = "capacity/flink/wordcount-tumbling/maxSustainableEventsPerSec";
    private static final String BASELINE_CAPACITY = "capacity/baseline/wordcount-tumbling/maxSustainableEventsPerSec";

    private static RunRecord run(String id, int day, Shape shape, Consumer<ObjectNode> change) {
        RunResult result = ResultFixtures.edit(
                ResultFixtures.run(id, T0.plusSeconds(86_400L * day), ResultFixtures.ENV_A, shape), change);
        return new RunRecord(id, Path.of("runs", id), result);
    }

    private static Observation capacity(double value, boolean lowerBound) {
        return capacity(value, lowerBound, 0.10);
    }

    private static Observation capacity(double value, boolean lowerBound, double resolution) {
        return new Observation(
                "capacity/e/s/" + CapacityMetrics.FIGURE,
                "capacity e/s",
                "max sustainable rate",
                "events/s",
                Direction.HIGHER_IS_BETTER,
                MetricKind.capacity(resolution),
                new double[] {value},
                new double[] {Double.NaN},
                "d",
                lowerBound);
    }

    private static Verdict verdict(double baseline, boolean baselineAtLeast, double current, boolean currentAtLeast) {
        return NoiseRule.compare(capacity(baseline, baselineAtLeast), capacity(current, currentAtLeast))
                .verdict();
    }

    @Test
    void exactFiguresChangeOnlyBeyondTheSearchsResolution() {
        assertThat(verdict(100_000, false, 92_000, false)).isEqualTo(Verdict.UNCHANGED);
        assertThat(verdict(100_000, false, 85_000, false)).isEqualTo(Verdict.REGRESSED);
        assertThat(verdict(100_000, false, 115_000, false)).isEqualTo(Verdict.IMPROVED);
    }

    @Test
    void aChangeCountsOnlyWhenTheSearchesBracketsDoNotOverlap() {
        // a 15 % drop: [85,000, 93,500) lies below 100,000; a 20 % search's [85,000, 102,000) does not
        Observation fine = capacity(100_000, false, 0.10);
        assertThat(NoiseRule.compare(fine, capacity(85_000, false, 0.10)).verdict())
                .isEqualTo(Verdict.REGRESSED);
        MetricComparison coarse = NoiseRule.compare(fine, capacity(85_000, false, 0.20));
        assertThat(coarse.verdict()).isEqualTo(Verdict.UNCHANGED);
        assertThat(coarse.reason()).contains("[85,000, 102,000) ev/s (20.0%)");
        // the baseline's wide bracket cannot hide a drop whose own bracket lies below it
        assertThat(NoiseRule.compare(capacity(100_000, false, 1.0), capacity(40_000, false, 0.10))
                        .verdict())
                .isEqualTo(Verdict.REGRESSED);
        // a current bracket as wide as a ramp's (a refine that failed at once) can still show a halving
        assertThat(NoiseRule.compare(fine, capacity(45_000, false, 1.0)).verdict())
                .isEqualTo(Verdict.REGRESSED);
        assertThat(NoiseRule.compare(fine, capacity(60_000, false, 1.0)).verdict())
                .isEqualTo(Verdict.UNCHANGED);
        // an improvement must clear the baseline's bracket
        assertThat(NoiseRule.compare(capacity(100_000, false, 0.20), capacity(115_000, false, 0.10))
                        .verdict())
                .isEqualTo(Verdict.UNCHANGED);
        assertThat(NoiseRule.compare(capacity(100_000, false, 0.20), capacity(125_000, false, 0.10))
                        .verdict())
                .isEqualTo(Verdict.IMPROVED);
    }

    @Test
    void pooledSearchesAreKnownNoBetterThanTheCoarsestOfThem() {
        Observation pooled = capacity(100_000, false, 0.10).pooledWith(capacity(100_000, false, 0.20));
        assertThat(pooled.kind().relativeTolerance()).isEqualTo(0.20);
        assertThat(capacity(100_000, false, 0.20)
                        .pooledWith(capacity(100_000, false, 0.10))
                        .kind()
                        .relativeTolerance())
                .isEqualTo(0.20);
    }

    @Test
    void onlyADropBelowTheOthersLowerBoundIsARegression() {
        // baseline "at least 100,000": an exact 120,000 is no evidence of improvement, 85,000 is a regression
        assertThat(verdict(100_000, true, 120_000, false)).isEqualTo(Verdict.UNCHANGED);
        assertThat(verdict(100_000, true, 85_000, false)).isEqualTo(Verdict.REGRESSED);
        // current "at least 60,000": the ruler stopped the search, never a regression; above the baseline it improved
        assertThat(verdict(100_000, false, 60_000, true)).isEqualTo(Verdict.UNCHANGED);
        assertThat(verdict(100_000, false, 130_000, true)).isEqualTo(Verdict.IMPROVED);
        // two lower bounds say nothing either way
        assertThat(verdict(100_000, true, 50_000, true)).isEqualTo(Verdict.SKIPPED);
    }

    @Test
    void capacityIsComparedPerEngineAndScenarioWhenBothRunsHaveIt() {
        RunRecord baseline = run("b", 0, Shape.reference(1), r -> {});
        RunRecord slower = run("c", 1, new Shape(1.3, 2, false, true, 2), r -> {});

        ComparisonReport report = RegressionGate.compare(baseline, slower);

        assertThat(report.forKey(BASELINE_CAPACITY).verdict()).isEqualTo(Verdict.REGRESSED);
        // Flink's figure is ruler-limited in both runs: "at least", not compared
        assertThat(report.forKey(FLINK_CAPACITY).verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(report.forKey(FLINK_CAPACITY).current().describe()).startsWith("at least ");

        RunRecord withoutCapacity = run("d", 2, Shape.reference(3), r -> r.remove("capacity"));
        ComparisonReport noSection = RegressionGate.compare(baseline, withoutCapacity);
        assertThat(noSection.forKey(BASELINE_CAPACITY).verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(noSection.forKey(BASELINE_CAPACITY).reason()).contains("absent in the current run");
    }

    @Test
    void invalidWorkloadsAreLeftOutOfTheComparisonAndTheOutputSaysSo() {
        RunRecord baseline = run("b", 0, Shape.reference(4), r -> {});
        // every Spark workload INVALID, with timings that would otherwise be a regression
        RunRecord current = run(
                "c",
                1,
                Shape.reference(5),
                r -> r.path("workloads").forEach(w -> {
                    if (w.path("engine").asText().equals("spark-structured")) {
                        ((ObjectNode) w).put("status", "INVALID");
                        ((ObjectNode) w.path("latencyMs")).put("p99", 1e6);
                    }
                }));

        ComparisonReport report = RegressionGate.compare(baseline, current);

        MetricComparison status = report.forKey("stream/spark-structured/wordcount-tumbling/status");
        assertThat(status.comparedBothSides()).isFalse();
        assertThat(status.reason()).contains("absent in the current run");
        assertThat(report.forKey("stream/spark-structured/wordcount-tumbling/latencyMs.p99")
                        .comparedBothSides())
                .isFalse();
        assertThat(report.notes())
                .filteredOn(n -> n.contains("INVALID"))
                .hasSize(2)
                .allMatch(n -> n.contains("spark-structured / wordcount-tumbling") && n.contains("excluded"));
        assertThat(MarkdownSummary.render(report)).contains("INVALID");
    }
}
