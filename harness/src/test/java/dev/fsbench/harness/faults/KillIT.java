package dev.fsbench.harness.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.harness.run.BaselineEndToEndIT;
import dev.fsbench.harness.run.HarnessInMeasuredPhase;
import dev.fsbench.reports.RunLiveness;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL of the harness in its measured phase (what the OOM killer or a hard CI timeout does): no shutdown hook
 * runs, yet the result never reads OK (it stays RUNNING, and the reports call it abandoned) and no child process
 * (broker, engine) outlives the harness.
 */
class KillIT {

    @Test
    void sigkillInTheMeasuredPhaseLeavesAnAbandonedRunAndNoProcess(@TempDir Path dir) throws Exception {
        HarnessInMeasuredPhase running = HarnessInMeasuredPhase.start(dir);
        ForkedJvm harness = running.harness();
        Path runDir = running.runDir();
        List<ProcessHandle> children = running.children();
        try {
            long killedAt = System.nanoTime();
            harness.kill(); // SIGKILL: no shutdown hook runs
            assertThat(harness.waitFor(Duration.ofSeconds(30))).isTrue();

            RunResult result = ResultJson.read(runDir.resolve(ResultWriter.RESULT_FILE));
            assertThat(result.status()).isEqualTo(RunStatus.RUNNING);
            assertThat(result.finishedAt()).isNull();
            assertThat(result.process().pid()).isEqualTo(harness.pid());
            assertThat(RunLiveness.of(result).state()).isEqualTo(RunLiveness.State.ABANDONED);
            BaselineEndToEndIT.assertValidAgainstSchema(runDir.resolve(ResultWriter.RESULT_FILE));

            // children notice the broken stdin pipe and stop by themselves
            long gone = System.currentTimeMillis() + 60_000;
            while (children.stream().anyMatch(ProcessHandle::isAlive) && System.currentTimeMillis() < gone) {
                Thread.sleep(200);
            }
            running.assertNoChildLeft();
            FaultMatrixRow.record(
                    "sigkill-harness-measured",
                    "SIGKILL of the harness",
                    "measured",
                    "result stays RUNNING (reports: abandoned, never OK); broker and engine JVMs stop by themselves"
                            + " (their stdin pipe breaks); time is until the last child is gone",
                    harness.exitCode().orElse(-1),
                    Duration.ofNanos(System.nanoTime() - killedAt),
                    "result.json as last written (RUNNING, the workload under way not yet in it)");
        } finally {
            harness.kill();
        }
    }
}
