package dev.fsbench.harness.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.Engines;
import dev.fsbench.harness.collector.ReplayTolerance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayRuleTest {

    private static final List<FaultEvent> KILLED =
            List.of(new FaultEvent(new FaultSpec(FaultKind.KILL_WORKER, 8_000), 1_000_008_000L, "killed", false));

    @Test
    void flinksAtLeastOnceGuaranteeCheckpointsWithoutAlignmentSoItsReplaysMayOverCount() {
        assertThat(ReplayRule.tolerance(Engines.FLINK, workload(Map.of()), KILLED))
                .as("at-least-once is Flink's default here")
                .isEqualTo(ReplayTolerance.OVER_COUNTS);
        assertThat(ReplayRule.tolerance(
                        Engines.FLINK, workload(Map.of("flink.deliveryGuarantee", "at-least-once")), KILLED))
                .isEqualTo(ReplayTolerance.OVER_COUNTS);
    }

    @Test
    void flinkWithAlignedCheckpointsOrNoneOnlyRepeatsAndItsExactlyOnceSinkMustNotDuplicate() {
        assertThat(ReplayRule.tolerance(
                        Engines.FLINK, workload(Map.of("flink.execution.checkpointing.mode", "EXACTLY_ONCE")), KILLED))
                .as("a pass-through setting that aligns barriers")
                .isEqualTo(ReplayTolerance.REPEATS);
        assertThat(ReplayRule.tolerance(Engines.FLINK, workload(Map.of("flink.checkpointIntervalMs", "0")), KILLED))
                .as("no checkpoint, no restored state to count twice")
                .isEqualTo(ReplayTolerance.REPEATS);
        assertThat(ReplayRule.tolerance(
                        Engines.FLINK, workload(Map.of("flink.deliveryGuarantee", "exactly-once")), KILLED))
                .isEqualTo(ReplayTolerance.NONE);
    }

    @Test
    void otherAtLeastOnceEnginesRepeatAndTheRestMustNotDuplicate() {
        assertThat(ReplayRule.tolerance(Engines.SPARK_STRUCTURED, workload(Map.of()), KILLED))
                .isEqualTo(ReplayTolerance.REPEATS);
        assertThat(ReplayRule.tolerance(Engines.SPARK_DSTREAM, workload(Map.of()), KILLED))
                .isEqualTo(ReplayTolerance.REPEATS);
        assertThat(ReplayRule.tolerance(Engines.BASELINE, workload(Map.of()), KILLED))
                .isEqualTo(ReplayTolerance.NONE);
        assertThat(ReplayRule.tolerance(Engines.KAFKA_STREAMS, workload(Map.of()), KILLED))
                .isEqualTo(ReplayTolerance.NONE);
    }

    @Test
    void withoutAKillThatStruckADuplicateAlwaysFails() {
        FaultSpec kill = new FaultSpec(FaultKind.KILL_ENGINE, 8_000);
        List<FaultEvent> notStruck = List.of(FaultEvent.notInjected(kill));
        List<FaultEvent> partitionsAdded =
                List.of(new FaultEvent(new FaultSpec(FaultKind.ADD_PARTITIONS, 8_000), 1_000_008_000L, "added", false));
        for (List<FaultEvent> events : List.of(List.<FaultEvent>of(), notStruck, partitionsAdded)) {
            assertThat(ReplayRule.tolerance(Engines.FLINK, workload(Map.of()), events))
                    .isEqualTo(ReplayTolerance.NONE);
            assertThat(ReplayRule.tolerance(Engines.SPARK_STRUCTURED, workload(Map.of()), events))
                    .isEqualTo(ReplayTolerance.NONE);
        }
    }

    private static WorkloadSpec workload(Map<String, String> engineProperties) {
        return new WorkloadSpec(
                "replay",
                1000,
                10_000,
                2_000,
                WindowSpec.tumbling(1000),
                100,
                KeyDistribution.UNIFORM,
                0,
                0,
                2,
                2,
                42,
                engineProperties);
    }
}
