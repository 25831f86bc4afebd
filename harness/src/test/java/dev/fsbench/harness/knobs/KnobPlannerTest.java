package dev.fsbench.harness.knobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.SparkSettings;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.WorkloadPlan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnobPlannerTest {

    private static WorkloadSpec workload(WindowSpec window, Map<String, String> properties) {
        return new WorkloadSpec(
                "test", 1000, 10_000, 0, window, 100, KeyDistribution.UNIFORM, 0, 200, 2, 2, 1, properties);
    }

    @Test
    void aBatchIntervalThatFitsTheWindowIsChosenForDStreamsOnlyAndSaidOnTheConsole() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), false);
        WorkloadSpec spec = workload(new WindowSpec(2000, 500), Map.of());

        List<WorkloadPlan> plans =
                KnobPlanner.plan(WorkloadPlan.expand(List.of("spark-dstream", "flink"), List.of(spec), 1), console);

        assertThat(SparkSettings.BATCH_INTERVAL_MS.get(plans.get(0).spec())).isEqualTo(500);
        assertThat(plans.get(1).spec()).isEqualTo(spec);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("not multiples of the default batch interval (1000 ms): using spark.batchIntervalMs=500");
    }

    @Test
    void passThroughKeysAreCollectedForTheEnginesThatReadThem() {
        WorkloadSpec spec = workload(
                WindowSpec.tumbling(1000),
                Map.of("spark.executor.memory", "1g", "flink.taskmanager.numberOfTaskSlots", "2"));
        assertThat(KnobPlanner.passThroughKeys(WorkloadPlan.expand(List.of("baseline", "flink"), List.of(spec), 1))
                        .values())
                .containsExactly(java.util.Set.of("flink.taskmanager.numberOfTaskSlots"));
    }
}
