package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.cli.BenchCli;
import dev.fsbench.harness.process.CurrentClasspath;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.reports.RunLiveness;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
        Path runDir = dir.resolve("run");
        ForkedJvm harness = ForkedJvm.start(new ForkedJvm.Spec(
                "harness",
                BenchCli.class.getName(),
                CurrentClasspath.entries(),
                List.of("-Dbench.home=" + System.getProperty("bench.home", "..")),
                List.of(
                        "run",
                        "--engines",
                        "baseline",
                        "--rate",
                        "1000",
                        "--duration",
                        "120s",
                        "--warmup",
                        "1s",
                        "-P",
                        "jvm.heap=512m",
                        "--output",
                        runDir.toString()),
                Map.of(),
                dir));
        try {
            long deadline = System.currentTimeMillis() + 120_000;
            while (!Files.readString(harness.stdoutFile()).contains(" measure ")) {
                assertThat(harness.isAlive())
                        .as("harness died early:\n" + harness.outputTail(40))
                        .isTrue();
                assertThat(System.currentTimeMillis())
                        .as("never reached the measured phase")
                        .isLessThan(deadline);
                Thread.sleep(200);
            }
            List<ProcessHandle> children =
                    ProcessHandle.of(harness.pid()).orElseThrow().descendants().toList();
            assertThat(children).as("broker and engine JVMs").hasSizeGreaterThanOrEqualTo(2);

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
            for (ProcessHandle child : children) {
                assertThat(child.isAlive())
                        .as("child " + child.pid() + " "
                                + child.info().commandLine().orElse(""))
                        .isFalse();
            }
        } finally {
            harness.kill();
        }
    }
}
