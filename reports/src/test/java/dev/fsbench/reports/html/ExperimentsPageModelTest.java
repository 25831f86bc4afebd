package dev.fsbench.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.reports.ExperimentFixtures;
import dev.fsbench.reports.ExperimentFixtures.Spec;
import dev.fsbench.reports.ResultFixtures;
import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.RunningResults;
import dev.fsbench.results.HarnessProcess;
import dev.fsbench.results.RunResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The experiments page: newest run per experiment, older verdicts beside it, quick labelled, JMH claims paired. */
class ExperimentsPageModelTest {
    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    private static RunRecord record(RunResult result) {
        return new RunRecord(result.runId(), Path.of("runs", result.runId()), result);
    }

    private static RunRecord experimentRun(String id, int day, Spec... specs) {
        return record(ExperimentFixtures.run(id, T0.plusSeconds(86_400L * day), List.of(specs)));
    }

    @SuppressWarnings("unchecked")
    private static List<ExperimentPageRow> rows(Map<String, Object> model) {
        return (List<ExperimentPageRow>) model.get("rows");
    }

    @Test
    void oneRowPerClaimOfTheNewestRunWithOlderVerdictsBesideIt() {
        RunRecord older = experimentRun("r1-full", 0, Spec.objectReuse(false));
        RunRecord newer = experimentRun("r2-quick", 1, Spec.objectReuse(true));

        List<ExperimentPageRow> rows = rows(ExperimentsPageModel.build(List.of(newer, older)));

        assertThat(rows).hasSize(2); // cpuPerMillionEvents and latencyP99Ms of the one experiment
        ExperimentPageRow cpu = rows.get(0);
        assertThat(cpu.runId()).isEqualTo("r2-quick");
        assertThat(cpu.quick()).isTrue();
        assertThat(cpu.row().experiment()).isEqualTo("flink-object-reuse (quick)");
        assertThat(cpu.row().metric()).isEqualTo("cpuPerMillionEvents");
        assertThat(cpu.row().compared()).isEqualTo("reuse vs copy");
        assertThat(cpu.row().measured()).matches("1\\.\\d+ \\[1\\.\\d+–1\\.\\d+\\]");
        assertThat(cpu.href()).isEqualTo("runs/r2-quick/index.html#experiment-0");
        assertThat(cpu.rate()).isEqualTo("20,000 ev/s");
        assertThat(cpu.topic()).isEqualTo(AdviceTopic.OBJECT_REUSE.label());
        assertThat(cpu.previous()).singleElement().satisfies(p -> {
            assertThat(p.runId()).isEqualTo("r1-full");
            assertThat(p.quick()).isFalse();
            assertThat(p.href()).isEqualTo("runs/r1-full/index.html#experiment-0");
            assertThat(p.verdict())
                    .isEqualTo(older.result()
                            .experiments()
                            .get(0)
                            .comparisons()
                            .get(0)
                            .verdict()
                            .label());
        });
    }

    @Test
    void aRunStillRunningIsNoResultAndItsExperimentsAreLeftOut() {
        RunRecord ended = experimentRun("r1", 0, Spec.objectReuse(false));
        RunResult running = RunningResults.running(
                experimentRun("r2", 1, Spec.objectReuse(true)).result(), HarnessProcess.current());

        List<ExperimentPageRow> rows = rows(ExperimentsPageModel.build(List.of(record(running), ended)));

        assertThat(rows).allSatisfy(r -> assertThat(r.runId()).isEqualTo("r1"));
    }

    @Test
    void eachExperimentByNameFromTheNewestRunThatHasIt() {
        Spec other = new Spec(
                "flink-result-reuse",
                "Reusing the emitted result object allocates less per event.",
                List.of("fresh", "reused"),
                2,
                false,
                List.of(10_000),
                true,
                false);
        RunRecord both = experimentRun("r1", 0, Spec.objectReuse(false), other);
        RunRecord onlyReuse = experimentRun("r2", 1, Spec.objectReuse(false));

        List<ExperimentPageRow> rows = rows(ExperimentsPageModel.build(List.of(onlyReuse, both)));

        assertThat(rows)
                .extracting(r -> r.row().experiment() + "@" + r.runId())
                .containsExactly(
                        "flink-object-reuse@r2", "flink-object-reuse@r2",
                        "flink-result-reuse@r1", "flink-result-reuse@r1");
        assertThat(rows.get(2).href()).endsWith("#experiment-1");
        assertThat(rows.get(2).rate()).isEqualTo("10,000 ev/s");
    }

    @Test
    void aRateSweepShowsTheRateEachComparisonWasJudgedAt() {
        Spec sweep = new Spec(
                "flink-buffer-timeout",
                "A shorter Flink buffer timeout lowers latency at a CPU cost.",
                List.of("t100", "t0"),
                2,
                false,
                List.of(10_000, 30_000),
                true,
                true);

        List<ExperimentPageRow> rows = rows(ExperimentsPageModel.build(List.of(experimentRun("s", 0, sweep))));

        assertThat(rows)
                .extracting(ExperimentPageRow::rate)
                .containsExactly("at 10,000 ev/s", "at 30,000 ev/s", "at 10,000 ev/s", "at 30,000 ev/s");
        assertThat(rows.get(0).topic()).isNull();
    }

    @Test
    void runsWithoutARecordedRateTakeItFromTheirWorkloads() {
        Spec older = new Spec(
                "flink-object-reuse",
                Spec.objectReuse(false).claim(),
                List.of("copy", "reuse"),
                2,
                false,
                List.of(20_000),
                false,
                false);

        List<ExperimentPageRow> rows = rows(ExperimentsPageModel.build(List.of(experimentRun("old", 0, older))));

        assertThat(rows).extracting(ExperimentPageRow::rate).containsOnly("20,000 ev/s");
    }

    @Test
    void jmhClaimsOfTheNewestRunWithClaimsArePairedByTheAdviceTheyShare() {
        RunResult micro =
                ResultFixtures.run("m1", T0.plusSeconds(3600), ResultFixtures.ENV_A, ResultFixtures.Shape.reference(5));
        Spec serializer = new Spec(
                "spark-serializer",
                "Kryo serialization makes Spark cheaper per event than Java" + " serialization.",
                List.of("java", "kryo"),
                2,
                false,
                List.of(20_000),
                true,
                false);

        Map<String, Object> model = ExperimentsPageModel.build(
                List.of(record(micro), experimentRun("e1", 0, Spec.objectReuse(false), serializer)));

        assertThat(model.get("claimsRunId")).isEqualTo("m1");
        assertThat((List<?>) model.get("claims")).isNotEmpty();
        @SuppressWarnings("unchecked")
        List<ExperimentsPageModel.TopicRow> topics = (List<ExperimentsPageModel.TopicRow>) model.get("topics");
        ExperimentsPageModel.TopicRow kryo = topics.stream()
                .filter(t -> t.topic().equals(AdviceTopic.KRYO_VS_JAVA.label()))
                .findFirst()
                .orElseThrow();
        assertThat(kryo.microbenchmark())
                .extracting(ClaimRow::claim)
                .containsExactly("Kryo is about 10x faster than Java serialization");
        assertThat(kryo.endToEnd()).extracting(r -> r.row().experiment()).containsOnly("spark-serializer");
        assertThat(topics)
                .extracting(ExperimentsPageModel.TopicRow::topic)
                .contains(AdviceTopic.OBJECT_REUSE.label(), AdviceTopic.FLINK_SERIALIZERS.label());
    }

    @Test
    void theShippedClaimsFindTheirAdvice() {
        assertThat(AdviceTopic.of("Registering the record class with Kryo makes Flink's Kryo fallback cheaper"))
                .contains(AdviceTopic.KRYO_REGISTRATION);
        assertThat(AdviceTopic.of("Reusing the window function's emitted result object allocates less"))
                .contains(AdviceTopic.OBJECT_REUSE);
        assertThat(AdviceTopic.of("Records Flink serializes itself (POJO, Tuple) cost less than the Kryo fallback"))
                .contains(AdviceTopic.FLINK_SERIALIZERS);
        assertThat(AdviceTopic.of("Kryo output much smaller than Java's")).contains(AdviceTopic.KRYO_VS_JAVA);
        assertThat(AdviceTopic.of("Binary sort beats object sort")).contains(AdviceTopic.BINARY_SORT);
        assertThat(AdviceTopic.of("RocksDB keeps large keyed state off the JVM heap"))
                .isEmpty();
    }

    @Test
    void thePageEscapesEveryStringAndLabelsQuickRuns() {
        Spec hostile = new Spec(
                "flink-object-reuse",
                "Reuse <script>alert(1)</script> helps",
                List.of("copy<b>", "reuse"),
                2,
                true,
                List.of(20_000),
                true,
                true);

        String html = new SitePages().experimentsPage(List.of(experimentRun("h", 0, hostile)));

        assertThat(html)
                .doesNotContain("<script>alert(1)</script>", "copy<b>")
                .contains("Reuse &lt;script&gt;alert(1)&lt;/script&gt; helps", "reuse vs copy&lt;b&gt;")
                .contains("<span class=\"quick\">quick</span>")
                .contains("href=\"runs/h/index.html#experiment-0\"")
                .doesNotContain("<script>{"); // no chart data: the page runs no script
    }
}
