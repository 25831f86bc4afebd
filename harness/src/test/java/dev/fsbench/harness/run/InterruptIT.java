package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.result.ResultWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM (what Ctrl-C and CI cancellation send) mid-run: INCOMPLETE result written, every child process gone. */
class InterruptIT {

    @Test
    void sigtermWritesIncompleteResultAndLeavesNoProcess(@TempDir Path dir) throws Exception {
        HarnessInMeasuredPhase running = HarnessInMeasuredPhase.start(dir);
        ForkedJvm harness = running.harness();
        Path runDir = running.runDir();
        try {
            ProcessHandle.of(harness.pid()).orElseThrow().destroy(); // SIGTERM
            assertThat(harness.waitFor(Duration.ofSeconds(90)))
                    .as("harness exits after SIGTERM")
                    .isTrue();

            JsonNode result = new ObjectMapper()
                    .readTree(runDir.resolve(ResultWriter.RESULT_FILE).toFile());
            assertThat(result.path("status").asText()).isEqualTo("INCOMPLETE");
            assertThat(result.path("workloads").get(0).path("status").asText()).isEqualTo("INCOMPLETE");
            BaselineEndToEndIT.assertValidAgainstSchema(runDir.resolve(ResultWriter.RESULT_FILE));
            running.assertNoChildLeft();
        } finally {
            harness.kill();
        }
    }
}
