package dev.fsbench.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.results.ClaimVerdict;
import dev.fsbench.results.Environment;
import dev.fsbench.results.ExperimentComparison;
import dev.fsbench.results.ExperimentResult;
import dev.fsbench.results.ExperimentVariant;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run page's experiments table: one row per claim and engine, ratio with interval beside the verdict. */
class ExperimentTableTest {

    private static final ExperimentResult REUSE = new ExperimentResult(
            "flink-object-reuse",
            "Object reuse makes Flink cheaper <b>per</b> event",
            "seed notes",
            List.of("flink"),
            "experiments/flink-object-reuse.yaml",
            true,
            List.of("flink-flink-object-reuse.copy", "flink-flink-object-reuse.reuse"),
            List.of(
                    new ExperimentVariant("copy", Map.of("flink.objectReuse", "false"), List.of()),
                    new ExperimentVariant("reuse", Map.of("flink.objectReuse", "true"), List.of())),
            List.of(
                    new ExperimentComparison(
                            "Object reuse makes Flink cheaper <b>per</b> event",
                            "flink",
                            "cpuPerMillionEvents",
                            "reuse",
                            "copy",
                            null,
                            1.08,
                            new ExperimentComparison.RatioInterval(1.01, 1.16),
                            ClaimVerdict.INCONCLUSIVE,
                            "welch-log-95",
                            null),
                    new ExperimentComparison(
                            "Object reuse allocates less",
                            "flink",
                            "allocatedBytesPerEvent",
                            "reuse",
                            "copy",
                            1.3,
                            null,
                            null,
                            ClaimVerdict.INCONCLUSIVE,
                            "welch-log-95",
                            "not judged: too few figures")),
            ClaimVerdict.INCONCLUSIVE,
            null);

    @Test
    void rowsCarryTheComparisonTheIntervalAndTheVerdict() {
        List<ExperimentRow> rows = ExperimentRow.of(List.of(REUSE));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).experiment()).isEqualTo("flink-object-reuse (quick)");
        assertThat(rows.get(0).compared()).isEqualTo("reuse vs copy");
        assertThat(rows.get(0).claimed()).isEqualTo("direction");
        assertThat(rows.get(0).measured()).isEqualTo("1.08 [1.01–1.16]");
        assertThat(rows.get(1).claimed()).isEqualTo("1.3x");
        assertThat(rows.get(1).measured()).isEqualTo("–");
    }

    @Test
    void theRunPageShowsEachClaimEscapedWithItsIntervalVerdictAndOrder() {
        String html = new SitePages().runPage(run(), null, "");

        assertThat(html)
                .contains("Experiments: tuning claims, end to end")
                .contains("Object reuse makes Flink cheaper &lt;b&gt;per&lt;/b&gt; event")
                .doesNotContain("<b>per</b>")
                .contains("<td class=\"num\">1.08 [1.01–1.16]</td><td class=\"inconclusive\">inconclusive")
                .contains("not judged: too few figures")
                .contains("flink-flink-object-reuse.copy, flink-flink-object-reuse.reuse");
    }

    @Test
    void aRunWithoutExperimentsHasNoSuchSection() {
        RunResult none = new RunResult(
                RunResult.SCHEMA_VERSION,
                "plain",
                "2026-11-30T16:00:00Z",
                "2026-11-30T16:04:00Z",
                RunStatus.OK,
                List.of(),
                new Environment("abc", "main", false, 2, 24L << 30, "Linux", "OpenJDK 17", Map.of(), "f00"),
                null,
                List.of(),
                null,
                null,
                List.of());
        String html = new SitePages().runPage(new RunRecord("plain", Path.of("runs", "plain"), none), null, "");

        assertThat(html).doesNotContain("Experiments: tuning claims");
    }

    private static RunRecord run() {
        RunResult result = new RunResult(
                        RunResult.SCHEMA_VERSION,
                        "experiments",
                        "2026-11-30T16:00:00Z",
                        "2026-11-30T16:04:00Z",
                        RunStatus.OK,
                        List.of(),
                        new Environment("abc", "main", false, 2, 24L << 30, "Linux", "OpenJDK 17", Map.of(), "f00"),
                        null,
                        List.of(),
                        null,
                        null,
                        List.of())
                .withExperiments(List.of(REUSE), RunStatus.OK, List.of(), "2026-11-30T16:04:00Z");
        return new RunRecord("experiments", Path.of("runs", "experiments"), result);
    }
}
