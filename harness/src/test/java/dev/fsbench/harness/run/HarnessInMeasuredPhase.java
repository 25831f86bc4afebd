package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.cli.BenchCli;
import dev.fsbench.harness.process.CurrentClasspath;
import dev.fsbench.harness.process.ForkedJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real {@code bench run} (baseline engine, 1,000 ev/s for 120 s) in its own JVM, waited for until it is in its
 * measured phase with its broker and engine JVMs running: what the signal tests (SIGTERM, SIGKILL) hit.
 *
 * @param harness  the harness JVM
 * @param runDir   its {@code --output} directory
 * @param children its descendants once measuring (broker and engine JVMs)
 */
public record HarnessInMeasuredPhase(ForkedJvm harness, Path runDir, List<ProcessHandle> children) {

    public static HarnessInMeasuredPhase start(Path dir) throws IOException, InterruptedException {
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
            return new HarnessInMeasuredPhase(harness, runDir, children);
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            harness.kill();
            throw e;
        }
    }

    /** Asserts that none of the children outlived the harness. */
    public void assertNoChildLeft() {
        for (ProcessHandle child : children) {
            assertThat(child.isAlive())
                    .as("child " + child.pid() + " "
                            + child.info().commandLine().orElse(""))
                    .isFalse();
        }
    }
}
