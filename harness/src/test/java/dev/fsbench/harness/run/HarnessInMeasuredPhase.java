package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.cli.BenchCli;
import dev.fsbench.harness.process.CurrentClasspath;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
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

    /** The workload of the default run: the baseline engine, 1,000 ev/s for 120 s after 1 s of warm-up. */
    public static final List<String> ONE_LONG_WORKLOAD = List.of(
            "--engines", "baseline", "--rate", "1000", "--duration", "120s", "--warmup", "1s", "-P", "jvm.heap=512m");

    public static HarnessInMeasuredPhase start(Path dir) throws IOException, InterruptedException {
        return start(dir, ONE_LONG_WORKLOAD);
    }

    /** As {@link #start(Path)} with other {@code bench run} workload flags (the output directory is added). */
    public static HarnessInMeasuredPhase start(Path dir, List<String> workloadFlags)
            throws IOException, InterruptedException {
        Path runDir = dir.resolve("run");
        List<String> args = new java.util.ArrayList<>(List.of("run"));
        args.addAll(workloadFlags);
        args.addAll(List.of("--output", runDir.toString()));
        ForkedJvm harness = ForkedJvm.start(new ForkedJvm.Spec(
                "harness",
                BenchCli.class.getName(),
                CurrentClasspath.entries(),
                List.of("-Dbench.home=" + System.getProperty("bench.home", "..")),
                args,
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

    /** The run's result.json, checked against the result schema. */
    public RunResult result() throws Exception {
        Path file = runDir.resolve(ResultWriter.RESULT_FILE);
        BaselineEndToEndIT.assertValidAgainstSchema(file);
        return ResultJson.read(file);
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
