package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run on the real embedded broker with two workloads: an engine that crashes mid-run, then the baseline
 * engine on sliding windows with Zipf keys and out-of-order events. The crash must not stop the baseline, every
 * baseline window must verify, the result must validate against the schema, and nothing may be left running.
 */
public class BaselineEndToEndIT {

    @Test
    void crashedEngineFailsAloneAndBaselineVerifiesEveryWindow(@TempDir Path runDir) throws Exception {
        List<ProcessHandle> before = TestEngines.descendants();
        List<WorkloadPlan> plans = List.of(
                new WorkloadPlan(
                        TestEngines.CRASHING,
                        TestEngines.workload(
                                "crash", 1_000, 10_000, WindowSpec.tumbling(1000), KeyDistribution.UNIFORM, 100),
                        1),
                new WorkloadPlan(
                        EngineDrivers.byName("baseline"),
                        TestEngines.workload(
                                "sliding-zipf", 3_000, 8_000, new WindowSpec(2000, 500), KeyDistribution.ZIPF, 300),
                        1));

        RunResult result = TestEngines.runOnEmbeddedBroker("it-run", runDir, plans);

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        WorkloadResult crashed = result.workloads().get(0);
        assertThat(crashed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(crashed.failureReason()).contains("ran out of cheese").contains("exit code 3");

        WorkloadResult baseline = result.workloads().get(1);
        assertThat(baseline.status()).as(baseline.failureReason()).isEqualTo(RunStatus.OK);
        assertThat(baseline.verification().passed()).isTrue();
        assertThat(baseline.verification().windowsExpected()).isGreaterThan(100);
        assertThat(baseline.verification().windowsCorrect())
                .isEqualTo(baseline.verification().windowsExpected());
        assertThat(baseline.verification().eventsCounted())
                .isEqualTo(baseline.verification().eventsExpected());
        assertThat(baseline.generator().rateMet()).isTrue();
        assertThat(baseline.latencyMs().count()).isPositive();
        // a window cannot close before the watermark passes it: latency is at least the allowed disorder
        assertThat(baseline.latencyMs().p50()).isGreaterThanOrEqualTo(300.0 - 1);
        // a result is readable only after it was appended
        assertThat(baseline.visibleLatencyMs().p50())
                .isGreaterThanOrEqualTo(baseline.latencyMs().p50());
        assertThat(baseline.throughput().processedEventsPerSec()).isBetween(3_000 * 0.9, 3_000 * 1.1);
        assertThat(baseline.latencyOverTime()).isNotEmpty();
        assertThat(Files.size(runDir.resolve("baseline-sliding-zipf/latency.hlog")))
                .isPositive();
        assertThat(result.kafka().startupMs()).isPositive();

        assertValidAgainstSchema(runDir.resolve(ResultWriter.RESULT_FILE));

        List<ProcessHandle> leftOver = TestEngines.descendants().stream()
                .filter(p -> !before.contains(p))
                .toList();
        assertThat(leftOver).as("child processes left running").isEmpty();
    }

    public static void assertValidAgainstSchema(Path resultFile) throws Exception {
        JsonSchema schema;
        try (InputStream in = ResultJson.schema()) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
        JsonNode json = new ObjectMapper().readTree(resultFile.toFile());
        Set<ValidationMessage> errors = schema.validate(json);
        assertThat(errors).as("schema violations in " + resultFile).isEmpty();
    }
}
