package dev.fsbench.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fsbench.reports.Corpus;
import dev.fsbench.reports.Json;
import dev.fsbench.reports.ResultFixtures;
import dev.fsbench.reports.ResultFixtures.Shape;
import dev.fsbench.reports.RunRecord;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCommandTest {
    @TempDir
    Path reports;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private void store(String runId, int day, String env, Shape shape) throws Exception {
        RunResult result =
                ResultFixtures.run(runId, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(86_400L * day), env, shape);
        Path file = reports.resolve("runs").resolve(runId).resolve("result.json");
        Files.createDirectories(file.getParent());
        Files.write(file, ResultJson.write(result));
    }

    private void store(RunRecord run, String runId) throws Exception {
        Path file = reports.resolve("runs").resolve(runId).resolve("result.json");
        Files.createDirectories(file.getParent());
        Files.write(file, ResultJson.write(run.result()));
    }

    @Test
    void exitsOneOnARegressionOfARealRunAndWritesTheMarkdownSummary() throws Exception {
        List<RunRecord> corpus = Corpus.runs();
        store(corpus.get(0), "base0");
        store(corpus.get(1), "base1");
        RunRecord slower = Corpus.withLatencyTimes(corpus.get(2), 1.15);
        store(slower, "slow");
        Path md = reports.resolve("summary.md");

        int code = run(
                new CompareCommand(),
                "--baseline",
                "history",
                "--current",
                "slow",
                "--reports",
                reports.toString(),
                "--markdown",
                md.toString());

        assertThat(code).as(out.toString()).isEqualTo(1);
        assertThat(Files.readString(md))
                .startsWith("## Benchmark regression gate: REGRESSED")
                .contains("| **regressed** | headline | stream baseline/tumbling-uniform | latency p50 |")
                .contains("history (2 runs");
        assertThat(out.toString()).isEqualTo(Files.readString(md));
    }

    @Test
    void aRealRunComparedWithItselfPasses() throws Exception {
        store(Corpus.runs().get(0), "same");

        assertThat(run(
                        new CompareCommand(),
                        "--baseline",
                        "same",
                        "--current",
                        "same",
                        "--reports",
                        reports.toString()))
                .as(out.toString())
                .isZero();
    }

    @Test
    void exitsThreeWhenNothingCanBeJudgedAndSaysWhy() throws Exception {
        store(Corpus.runs().get(0), "first");

        int code = run(new CompareCommand(), "--baseline", "history", "--reports", reports.toString());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains("cannot judge", "no baseline run");
        assertThat(out.toString()).contains("cannot judge");
    }

    @Test
    void exitsZeroWhenTheLatestRunMatchesItsHistory() throws Exception {
        for (int i = 0; i < 4; i++) {
            store("base" + i, i, ResultFixtures.ENV_A, Shape.reference(i));
        }
        store("same", 9, ResultFixtures.ENV_A, Shape.reference(1234));

        int code = run(new CompareCommand(), "--baseline", "history", "--reports", reports.toString());

        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("passed", "`same`", "0 regressed");
    }

    @Test
    void refusesRunsFromDifferentEnvironmentsAndUnknownRunsWithExitTwo() throws Exception {
        store("a", 0, ResultFixtures.ENV_A, Shape.reference(1));
        store("b", 1, ResultFixtures.ENV_B, Shape.reference(2));

        assertThat(run(new CompareCommand(), "--baseline", "a", "--current", "b", "--reports", reports.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("different environments");
        assertThat(run(new CompareCommand(), "--baseline", "zzz", "--current", "b", "--reports", reports.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no run 'zzz'");
        assertThat(run(new CompareCommand(), "--current", "b")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--baseline");
    }

    @Test
    void markdownEscapesStringsFromResults() throws Exception {
        store("a", 0, ResultFixtures.ENV_A, new Shape(1.0, 2, false, false, 1));
        RunResult evil = ResultFixtures.edit(
                ResultFixtures.run(
                        "b",
                        Instant.parse("2026-11-02T00:00:00Z"),
                        ResultFixtures.ENV_A,
                        new Shape(1.0, 2, false, false, 2)),
                r -> r.path("workloads").forEach(w -> ((ObjectNode) w).put("engine", "<img src=x onerror=alert(1)>|")));
        Path file = reports.resolve("runs/b/result.json");
        Files.createDirectories(file.getParent());
        Files.write(file, ResultJson.write(evil));

        run(new CompareCommand(), "--baseline", "a", "--current", "b", "--reports", reports.toString());

        assertThat(out.toString()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;\\|");
    }

    @Test
    void reportCommandArchivesAndRenders() throws Exception {
        Path result = reports.resolveSibling(reports.getFileName() + "-in.json");
        Json.MAPPER.writeValue(
                result.toFile(),
                ResultFixtures.run(
                        "fresh", Instant.parse("2026-11-02T00:00:00Z"), ResultFixtures.ENV_A, Shape.reference(5)));

        int code = run(new ReportCommand(), "--reports", reports.toString(), "--add", result.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("archived fresh", "rendered 1 run(s)");
        assertThat(reports.resolve("runs/fresh/index.html")).isRegularFile();
        Files.delete(result);
    }
}
