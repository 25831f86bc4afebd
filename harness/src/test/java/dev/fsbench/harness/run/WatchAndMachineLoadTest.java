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
    void foreignCpuBeforeOrDuringTheWorkloadMarksItContendedTheLoadAverageDoesNot() {
        LoadDuring during = new LoadDuring();
        during.add(1.0);
        during.add((Double) null); // no /proc/loadavg at that moment: skipped
        during.add(2.0);

        MachineLoad quiet = new MachineSample(2, 1.5, 0.1).before(during);
        assertThat(quiet.contended()).isFalse();
        assertThat(quiet.loadDuringMean()).isEqualTo(1.5);
        assertThat(quiet.loadDuringMax()).isEqualTo(2.0);
        assertThat(quiet.foreignCpuCoresBefore()).isEqualTo(0.1);
        assertThat(quiet.foreignCpuCoresDuring()).as("no CPU sampled").isNull();

        MachineLoad ownLoad = new MachineSample(2, 4.4, 0.05).before(during);
        assertThat(ownLoad.contended())
                .as("a load above the cores from the run's own previous workload")
                .isFalse();

        MachineLoad busyBefore = new MachineSample(2, 0.8, 0.9).before(new LoadDuring());
        assertThat(busyBefore.contended()).isTrue();
        assertThat(busyBefore.loadDuringMean()).as("not sampled").isNull();
        assertThat(WorkloadSummary.contention(busyBefore))
                .contains("CONTENDED")
                .contains("used 0.90 cores before the workload and ? during it");

        LoadDuring shared = new LoadDuring();
        shared.add(new CpuTimes.Used(30, 170, 200, 2)); // 0.3 cores: a whole competitor's fair share of a busy run
        assertThat(new MachineSample(2, 4.0, 0.0).before(shared).contended()).isTrue();

        LoadDuring busy = new LoadDuring();
        busy.add(new CpuTimes.Used(120, 150, 200, 2)); // 1.2 cores of others
        assertThat(new MachineSample(2, 0.8, 0.1).before(busy).contended()).isTrue();
        assertThat(new MachineSample(2, 0.8, 0.1).before(busy).foreignCpuCoresDuring())
                .isEqualTo(1.2);

        assertThat(new MachineSample(2, 3.0, null).before(null).contended())
                .as("no /proc/stat: unknown, not contended")
                .isFalse();
        assertThat(new MachineSample(2, null).before(during)).as("unknown load").isNull();
    }
}
