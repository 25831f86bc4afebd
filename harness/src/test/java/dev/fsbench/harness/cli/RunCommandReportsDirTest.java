package dev.fsbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.run.ReportsLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reports directory is one run's at a time, and a run id once: both refused with exit 2 before anything starts. */
class RunCommandReportsDirTest {

    @Test
    void aCollidingRunIdExitsTwoAndLeavesTheEarlierRunAlone(@TempDir Path reports) throws Exception {
        Path earlier = reports.resolve("runs/nightly/result.json");
        Files.createDirectories(earlier.getParent());
        Files.writeString(earlier, "{\"runId\":\"nightly\",\"status\":\"OK\"}");

        CliOutcome o = CliOutcome.run(
                "run",
                "--engines",
                "baseline",
                "--duration",
                "2s",
                "--reports",
                reports.toString(),
                "--run-id",
                "nightly");

        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("run id 'nightly' already exists").contains("--run-id");
        assertThat(earlier).content().isEqualTo("{\"runId\":\"nightly\",\"status\":\"OK\"}");
        try (var files = Files.list(earlier.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("result.json"));
        }
        assertThat(reports.resolve("index.html")).as("nothing rendered").doesNotExist();
    }

    @Test
    void aSecondRunOnALockedReportsDirectoryExitsTwoNamingTheHolder(@TempDir Path reports) throws Exception {
        try (ReportsLock held = ReportsLock.acquire(reports, "the-first-run")) {
            for (String command : List.of("run", "capacity")) {
                CliOutcome o = CliOutcome.run(
                        command, "--engines", "baseline", "--duration", "2s", "--reports", reports.toString());

                assertThat(o.exitCode()).as(command).isEqualTo(2);
                assertThat(o.err())
                        .contains("reports directory " + reports + " is in use by another run")
                        .contains("run the-first-run, pid "
                                + ProcessHandle.current().pid());
            }
        }
        assertThat(reports.resolve("runs")).as("no run started").doesNotExist();
    }
}
