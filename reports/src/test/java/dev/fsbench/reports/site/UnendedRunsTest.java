package dev.fsbench.reports.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.reports.ResultFixtures;
import dev.fsbench.reports.RunningResults;
import dev.fsbench.reports.gate.ComparisonReport;
import dev.fsbench.reports.gate.GateCheck;
import dev.fsbench.reports.gate.RegressionGate;
import dev.fsbench.results.HarnessProcess;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A RUNNING run is never a result: the index and its page say "abandoned" (process gone) or "still running", and
 * neither the trends, the latest link nor the gate use it.
 */
class UnendedRunsTest {
    private static final String ENV = "env-a";
    private static final Instant DAY1 = Instant.parse("2026-11-01T08:00:00Z");

    @TempDir
    Path reports;

    @BeforeEach
    void history() throws Exception {
        store(ResultFixtures.run("ok-1", DAY1, ENV, ResultFixtures.Shape.reference(1)));
        store(RunningResults.running(
                ResultFixtures.run("killed-2", DAY1.plusSeconds(86_400), ENV, ResultFixtures.Shape.reference(2)),
                RunningResults.deadProcess()));
        store(ResultFixtures.run("ok-3", DAY1.plusSeconds(2 * 86_400), ENV, ResultFixtures.Shape.reference(3)));
        store(RunningResults.running(
                ResultFixtures.run("live-4", DAY1.plusSeconds(3 * 86_400), ENV, ResultFixtures.Shape.reference(4)),
                HarnessProcess.current()));
    }

    @Test
    void indexAndRunPagesShowTheStateAndNoTrendOrLatestUsesIt() throws Exception {
        ReportSite.render(reports);

        String index = read(reports.resolve("index.html"));
        assertThat(index).contains("<td class=\"abandoned\"").contains(">ABANDONED</td>");
        assertThat(index).contains("<td class=\"running\"").contains(">RUNNING</td>");

        String killed = read(reports.resolve("runs/killed-2/index.html"));
        assertThat(killed)
                .contains("<span class=\"abandoned\">ABANDONED</span>")
                .contains("Abandoned: it never ended");
        assertThat(killed).doesNotContain("Regression gate against");
        String live = read(reports.resolve("runs/live-4/index.html"));
        assertThat(live).contains("<span class=\"running\">RUNNING</span>").contains("Still running (harness process");

        try (var files = Files.list(reports)) {
            Path trends = files.filter(p -> p.getFileName().toString().startsWith("trends-"))
                    .findFirst()
                    .orElseThrow();
            assertThat(read(trends))
                    .contains("ok-1")
                    .contains("ok-3")
                    .doesNotContain("killed-2")
                    .doesNotContain("live-4");
        }
        assertThat(Files.readSymbolicLink(reports.resolve("latest"))).isEqualTo(Path.of("runs", "ok-3"));
        assertThat(read(reports.resolve("runs/ok-3/index.html")))
                .as("ok-3's gate: ok-1 alone")
                .contains("history (1 run: ok-1 .. ok-1)");
    }

    @Test
    void theGateNeverTakesAnUnendedRunAsResultOrBaseline() throws Exception {
        ComparisonReport vsHistory = RegressionGate.compare(reports, RegressionGate.HISTORY, RegressionGate.LATEST);
        assertThat(vsHistory.currentRunId()).as("latest = newest ended run").isEqualTo("ok-3");
        assertThat(vsHistory.baselineRunIds()).containsExactly("ok-1");
        assertThat(vsHistory.notes()).anyMatch(n -> n.startsWith("run killed-2 skipped as a baseline: abandoned"));

        StringWriter err = new StringWriter();
        assertThat(gate("killed-2", "ok-3", err)).isEqualTo(2);
        assertThat(err.toString()).contains("run killed-2 is abandoned").contains("is gone");

        err = new StringWriter();
        assertThat(gate("ok-1", "live-4", err)).isEqualTo(2);
        assertThat(err.toString()).contains("run live-4 is still running");

        err = new StringWriter();
        assertThat(gate(RegressionGate.HISTORY, "killed-2", err)).isEqualTo(2);
        assertThat(err.toString()).contains("run killed-2 is abandoned");
    }

    private int gate(String baseline, String current, StringWriter err) {
        return new GateCheck(reports, baseline, current, RegressionGate.DEFAULT_HISTORY_RUNS, null)
                .run(new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    private void store(RunResult result) throws Exception {
        Path file = reports.resolve("runs").resolve(result.runId()).resolve("result.json");
        Files.createDirectories(file.getParent());
        Files.write(file, ResultJson.write(result));
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
