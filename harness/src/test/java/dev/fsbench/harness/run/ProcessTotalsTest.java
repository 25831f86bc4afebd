package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fsbench.results.Cost;
import dev.fsbench.results.CpuFigures;
import dev.fsbench.results.GcFigures;
import dev.fsbench.results.ProcessFigures;
import dev.fsbench.results.Throughput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cluster's cost is every JVM's: CPU and allocation summed, the worst GC share and heap. */
class ProcessTotalsTest {

    private static MeasuredJvm jvm(String role, double cpuShare, double allocPerSec, double gcShare, long heap) {
        return jvm(role, cpuShare, allocPerSec, gcShare, heap, 1.0);
    }

    /** {@code phaseShare}: the part of the measured phase it ran through, which its figures are averaged over. */
    private static MeasuredJvm jvm(
            String role, double cpuShare, double allocPerSec, double gcShare, long heap, double phaseShare) {
        return new MeasuredJvm(
                new ProcessFigures(
                        role,
                        role,
                        1,
                        new GcFigures("G1New/G1Old", 1, 1, 1, 1.0, 1.0, gcShare, allocPerSec, heap),
                        new CpuFigures(cpuShare, cpuShare, 0.8, 10),
                        null),
                phaseShare);
    }

    @Test
    void theCostOfAClusterSumsItsJvms() {
        List<MeasuredJvm> cluster = List.of(
                jvm("client", 0.05, 1_000_000, 0.001, 50_000_000),
                jvm("jobmanager", 0.05, 2_000_000, 0.002, 80_000_000),
                jvm("taskmanager", 0.20, 30_000_000, 0.010, 200_000_000),
                jvm("taskmanager", 0.20, 27_000_000, 0.020, 150_000_000));

        Cost cost = EngineCost.of(
                ProcessTotals.of(null, cluster),
                new Throughput(10_000, 10_000.0),
                null,
                new MachineSample(2, null),
                null);

        // 0.5 of 2 cores = 1 core for 10,000 ev/s: 100 core-seconds per million events
        assertThat(cost.engineCpuCores()).isEqualTo(1.0);
        assertThat(cost.cpuCoreSecondsPerMillionEvents()).isEqualTo(100.0);
        assertThat(cost.allocatedBytesPerEvent()).isEqualTo(6_000.0);
        assertThat(cost.gcTimeShare()).isEqualTo(0.020);
        assertThat(cost.heapAfterGcMaxBytes()).isEqualTo(200_000_000L);
        assertThat(cost.machineCpuShare()).isEqualTo(0.8);
    }

    @Test
    void aKilledWorkerAndItsReplacementCountForThePartOfThePhaseTheyRan() {
        MeasuredJvm jobManager = jvm("jobmanager", 0.10, 1_000_000, 0.001, 1);
        // killed after 10 of 30 s, replaced after 12 s: each busy a quarter of the machine while it ran
        MeasuredJvm killed = jvm("taskmanager", 0.25, 9_000_000, 0.002, 1, 10.0 / 30);
        MeasuredJvm replacement = jvm("taskmanager", 0.25, 9_000_000, 0.002, 1, 18.0 / 30);

        ProcessTotals totals = ProcessTotals.of(null, List.of(jobManager, killed, replacement));

        // 0.10 + 0.25 x 10/30 + 0.25 x 18/30: the TaskManagers' core-seconds, not two TaskManagers throughout
        assertThat(totals.cpuShare()).isCloseTo(0.10 + 0.25 * 28 / 30, within(1e-9));
        assertThat(totals.allocatedBytesPerSec()).isCloseTo(1_000_000 + 9_000_000 * 28.0 / 30, within(1e-3));
    }

    @Test
    void aJvmWithoutFiguresAddsNothingAndNoFiguresAtAllGiveNoCost() {
        MeasuredJvm killed = MeasuredJvm.throughout(
                new ProcessFigures("taskmanager", "taskmanager-1", 7, null, null, null, 1_700_000_000_000L));
        ProcessTotals totals = ProcessTotals.of(null, List.of(killed, jvm("taskmanager", 0.25, 1, 0.0, 1)));
        assertThat(totals.cpuShare()).isEqualTo(0.25);

        assertThat(EngineCost.of(
                        ProcessTotals.of(null, List.of(killed)),
                        new Throughput(10_000, 10_000.0),
                        null,
                        new MachineSample(2, null),
                        null))
                .isNull();
    }
}
