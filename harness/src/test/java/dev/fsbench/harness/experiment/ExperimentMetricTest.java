package dev.fsbench.harness.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine-side figures are read from the engine's summary, as the engines write it, and are null when absent. */
class ExperimentMetricTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void loadStateAndCheckpointFiguresComeFromTheEngineSummary() throws Exception {
        WorkloadResult workload = withSummary("""
                {"windowSubtaskLoad": {"vertex": "window-count", "recordsInPerSubtask": [900, 100], "maxOverMean": 1.8},
                 "stateSizeBytes": 123456, "checkpointDurationMs": 42}
                """);

        assertThat(ExperimentMetric.byKey("loadMaxOverMean").of(workload)).isEqualTo(1.8);
        assertThat(ExperimentMetric.byKey("stateSizeBytes").of(workload)).isEqualTo(123_456.0);
        assertThat(ExperimentMetric.byKey("checkpointDurationMs").of(workload)).isEqualTo(42.0);
        assertThat(List.of(
                        ExperimentMetric.LOAD_MAX_OVER_MEAN,
                        ExperimentMetric.STATE_SIZE_BYTES,
                        ExperimentMetric.CHECKPOINT_DURATION_MS))
                .allMatch(ExperimentMetric::lowerIsBetter);
    }

    @Test
    void absentFiguresAreNull() throws Exception {
        // before any input the load has no ratio; a job without checkpoints has no state figures
        WorkloadResult noInput = withSummary("""
                {"windowSubtaskLoad": {"vertex": "window-count", "recordsInPerSubtask": [0, 0], "maxOverMean": null}}
                """);
        WorkloadResult noMetrics = WorkloadResult.builder("flink", "x")
                .status(RunStatus.FAILED, "crashed")
                .build();

        for (WorkloadResult workload : List.of(noInput, noMetrics)) {
            assertThat(ExperimentMetric.LOAD_MAX_OVER_MEAN.of(workload)).isNull();
            assertThat(ExperimentMetric.STATE_SIZE_BYTES.of(workload)).isNull();
            assertThat(ExperimentMetric.CHECKPOINT_DURATION_MS.of(workload)).isNull();
        }
    }

    private static WorkloadResult withSummary(String summaryJson) throws Exception {
        Map<String, JsonNode> summary = JSON.convertValue(
                JSON.readTree(summaryJson),
                JSON.getTypeFactory().constructMapType(Map.class, String.class, JsonNode.class));
        return WorkloadResult.builder("flink", "x")
                .status(RunStatus.OK, null)
                .engine(Map.of(), new EngineMetrics(List.of(), summary))
                .build();
    }
}
