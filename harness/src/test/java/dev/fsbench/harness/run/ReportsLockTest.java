package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.harness.process.CurrentClasspath;
import dev.fsbench.harness.process.ForkedJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run per reports directory; an existing run id is never taken again. */
class ReportsLockTest {

    @Test
    void aSecondRunInAnotherProcessIsRefusedNamingTheHolderUntilTheHolderDies(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        ForkedJvm holder = ForkedJvm.start(new ForkedJvm.Spec(
                "lock-holder",
                ReportsLockHolderMain.class.getName(),
                CurrentClasspath.entries(),
                List.of(),
                List.of(reports.toString(), "first-run"),
                Map.of(),
                dir));
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            while (!Files.readString(holder.stdoutFile()).contains("locked")) {
                assertThat(holder.isAlive()).as(holder.outputTail(20)).isTrue();
                assertThat(System.currentTimeMillis()).as("holder never locked").isLessThan(deadline);
                Thread.sleep(50);
            }

            assertThatThrownBy(() -> ReportsLock.acquire(reports, "second-run"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is in use by another run")
                    .hasMessageContaining("run first-run, pid " + holder.pid());

            holder.kill(); // SIGKILL: no code of the holder runs, the OS drops its lock
            assertThat(holder.waitFor(Duration.ofSeconds(30))).isTrue();
            try (ReportsLock mine = ReportsLock.acquire(reports, "second-run")) {
                assertThat(Files.readString(reports.resolve(ReportsLock.LOCK_FILE)))
                        .startsWith(
                                "run second-run, pid " + ProcessHandle.current().pid());
            }
        } finally {
            holder.kill();
        }
    }

    @Test
    void aRunEndedReleasesTheDirectoryAndTheSameJvmCannotHoldItTwice(@TempDir Path reports) throws Exception {
        RunRequest first = RunRequest.toReports("one", reports, List.of());
        try (AutoCloseable claim = first.claim()) {
            assertThatThrownBy(() ->
                            RunRequest.toReports("two", reports, List.of()).claim())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("in use by another run (run one, pid");
        }
        try (AutoCloseable claim =
                RunRequest.toReports("two", reports, List.of()).claim()) {
            assertThat(reports.resolve(ReportsLock.LOCK_FILE)).content().startsWith("run two,");
        }
    }

    @Test
    void anExistingRunIdIsRefusedAndTheDirectoryReleased(@TempDir Path reports) throws Exception {
        Files.createDirectories(reports.resolve("runs/taken"));

        assertThatThrownBy(
                        () -> RunRequest.toReports("taken", reports, List.of()).claim())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run id 'taken' already exists")
                .hasMessageContaining("never overwritten");
        try (AutoCloseable claim =
                RunRequest.toReports("fresh", reports, List.of()).claim()) {
            assertThat(claim).isNotNull();
        }
    }
}
