package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.results.MachineLoad;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How long the collector watches for late records, and how a workload's machine load is judged. */
class WatchAndMachineLoadTest {

    private static WorkloadPlan plan(String engine, Map<String, String> properties) {
        WorkloadSpec spec = new WorkloadSpec(
                "t",
                1_000,
                10_000,
                0,
                WindowSpec.tumbling(1_000),
                10,
                KeyDistribution.UNIFORM,
                1.0,
                0,
                1,
                1,
                1,
                0,
                properties);
        return new WorkloadPlan(EngineDrivers.byName(engine), spec, 1);
    }

    @Test
    void theWatchLastsAtLeastTwoSecondsAndOneCommitInterval() {
        assertThat(WatchPeriod.lengthMs(plan("baseline", Map.of()))).isEqualTo(2_000);
        assertThat(WatchPeriod.lengthMs(plan("flink", Map.of())))
                .as("Flink's default checkpoint interval")
                .isEqualTo(10_000);
        assertThat(WatchPeriod.lengthMs(plan("flink", Map.of("flink.checkpointIntervalMs", "500"))))
                .isEqualTo(2_000);
        assertThat(WatchPeriod.lengthMs(plan("spark-structured", Map.of("spark.triggerIntervalMs", "5000"))))
                .isEqualTo(5_000);
        assertThat(WatchPeriod.lengthMs(plan("spark-dstream", Map.of("spark.batchIntervalMs", "3000"))))
                .isEqualTo(3_000);
    }

    @Test
    void aLoadAboveTheCoresBeforeTheWorkloadMarksItContended() {
        LoadDuring during = new LoadDuring();
        during.add(1.0);
        during.add(null); // no /proc/loadavg at that moment: skipped
        during.add(2.0);

        MachineLoad quiet = new MachineSample(2, 1.5).before(during);
        assertThat(quiet.contended()).isFalse();
        assertThat(quiet.loadDuringMean()).isEqualTo(1.5);
        assertThat(quiet.loadDuringMax()).isEqualTo(2.0);

        MachineLoad busy = new MachineSample(2, 2.4).before(new LoadDuring());
        assertThat(busy.contended()).isTrue();
        assertThat(busy.loadDuringMean()).as("not sampled").isNull();
        assertThat(WorkloadSummary.contention(busy)).contains("CONTENDED").contains("2.40 on 2 cores");

        assertThat(new MachineSample(2, null).before(during)).as("unknown load").isNull();
    }
}
