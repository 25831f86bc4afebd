package dev.fsbench.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.history.HistoryRuns;
import dev.fsbench.reports.history.LastChangePoints;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangePointSummaryTest {
    @TempDir
    Path reports;

    @Test
    void compareWithHistoryNamesTheLastChangePoint() throws Exception {
        archive(HistoryRuns.history(12, i -> i >= 6 ? 330.0 : 263.0, i -> false));
        Path markdown = reports.resolve("gate.md");

        StringWriter out = new StringWriter();
        int exit = new GateCheck(reports, RegressionGate.HISTORY, RegressionGate.LATEST, 10, markdown)
                .run(new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(exit).isIn(0, 1);
        String text = out.toString();
        assertThat(text)
                .contains("### Change points in history")
                .contains("1 of 5 headline figures changed level over the 12 runs")
                .containsPattern("\\| stream flink/wordcount-tumbling \\| latency p99 \\| " + HistoryRuns.runId(6)
                        + " \\| 26\\d ms \\| 3\\d\\d ms \\| \\+2\\d\\.\\d% \\| 0\\.0\\d\\d \\|");
        assertThat(java.nio.file.Files.readString(markdown)).isEqualTo(text);
    }

    @Test
    void anExplicitBaselineHasNoChangePointSection() throws Exception {
        List<RunRecord> runs = HistoryRuns.history(12, i -> i >= 6 ? 330.0 : 263.0, i -> false);
        archive(runs);

        StringWriter out = new StringWriter();
        new GateCheck(reports, runs.get(10).runId(), RegressionGate.LATEST, 10, null)
                .run(new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(out.toString()).doesNotContain("Change points");
    }

    @Test
    void aShortHistorySaysHowManyRunsAreNeeded() throws Exception {
        archive(HistoryRuns.history(4, i -> 263.0, i -> false));

        String md = ChangePointSummary.markdown(reports, HistoryRuns.runId(3));

        assertThat(md).contains("Too few runs for change points: 4 in this environment up to this one, 6 needed");
    }

    @Test
    void theTextLinesNameRunAndLevels() {
        List<RunRecord> runs = HistoryRuns.history(12, i -> i >= 6 ? 330.0 : 263.0, i -> false);

        List<String> lines = ChangePointSummary.text(LastChangePoints.of(runs, runs.get(11)));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .startsWith(
                        "  stream flink/wordcount-tumbling, latency p99: last change at run " + HistoryRuns.runId(6))
                .contains(" ms -> ");
    }

    @Test
    void judgingAnOlderRunLooksOnlyAtTheRunsUpToIt() {
        List<RunRecord> runs = HistoryRuns.history(14, i -> i >= 9 ? 330.0 : 263.0, i -> false);

        // run 8 is before the rise: its history (runs 0-8) is flat
        LastChangePoints before = LastChangePoints.of(runs, runs.get(8));
        LastChangePoints after = LastChangePoints.of(runs, runs.get(13));

        assertThat(before.runs()).isEqualTo(9);
        assertThat(before.changed()).isEmpty();
        assertThat(after.changed())
                .singleElement()
                .satisfies(s -> assertThat(s.lastChangePoint().runId()).isEqualTo(HistoryRuns.runId(9)));
    }

    private void archive(List<RunRecord> runs) throws Exception {
        for (RunRecord run : runs) {
            HistoryRuns.write(reports, run);
        }
    }
}
