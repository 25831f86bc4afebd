package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.harness.cli.BenchCli;
import dev.fsbench.harness.process.CurrentClasspath;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.result.ResultWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM (what Ctrl-C and CI cancellation send) mid-run: INCOMPLETE result written, every child process gone. */
class InterruptIT {

    @Test
    void sigtermWritesIncompleteResultAndLeavesNoProcess(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("run");
        List<Path> classpath = CurrentClasspath.entries();
        ForkedJvm harness = ForkedJvm.start(new ForkedJvm.Spec(
                "harness",
                BenchCli.class.getName(),
                classpath,
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

            ProcessHandle.of(harness.pid()).orElseThrow().destroy(); // SIGTERM
            assertThat(harness.waitFor(Duration.ofSeconds(90)))
                    .as("harness exits after SIGTERM")
                    .isTrue();

            JsonNode result = new ObjectMapper()
                    .readTree(runDir.resolve(ResultWriter.RESULT_FILE).toFile());
            assertThat(result.path("status").asText()).isEqualTo("INCOMPLETE");
            assertThat(result.path("workloads").get(0).path("status").asText()).isEqualTo("INCOMPLETE");
            BaselineEndToEndIT.assertValidAgainstSchema(runDir.resolve(ResultWriter.RESULT_FILE));
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
