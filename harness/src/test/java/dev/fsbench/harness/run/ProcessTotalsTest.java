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

    private static ProcessFigures jvm(String role, double cpuShare, double allocPerSec, double gcShare, long heap) {
        return jvm(role, cpuShare, allocPerSec, gcShare, heap, 10);
    }

    /** {@code samples}: its once-a-second CPU samples, as many as the seconds of the phase it ran through. */
    private static ProcessFigures jvm(
            String role, double cpuShare, double allocPerSec, double gcShare, long heap, int samples) {
        return new ProcessFigures(
                role,
                role,
                1,
                new GcFigures("G1New/G1Old", 1, 1, 1, 1.0, 1.0, gcShare, allocPerSec, heap),
                new CpuFigures(cpuShare, cpuShare, 0.8, samples),
                null);
    }

    @Test
    void theCostOfAClusterSumsItsJvms() {
        List<ProcessFigures> cluster = List.of(
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
        ProcessFigures jobManager = jvm("jobmanager", 0.10, 1_000_000, 0.001, 1, 30);
        // killed after 10 of 30 s, replaced after 12 s: each busy half a core's share while it ran
        ProcessFigures killed = jvm("taskmanager", 0.25, 9_000_000, 0.002, 1, 10);
        ProcessFigures replacement = jvm("taskmanager", 0.25, 9_000_000, 0.002, 1, 18);

        ProcessTotals totals = ProcessTotals.of(null, List.of(jobManager, killed, replacement));

        // 0.10 + 0.25 x 10/30 + 0.25 x 18/30: the TaskManagers' core-seconds, not two TaskManagers throughout
        assertThat(totals.cpuShare()).isCloseTo(0.10 + 0.25 * 28 / 30, within(1e-9));
        assertThat(totals.allocatedBytesPerSec()).isCloseTo(1_000_000 + 9_000_000 * 28.0 / 30, within(1e-3));
    }

    @Test
    void aJvmWithoutFiguresAddsNothingAndNoFiguresAtAllGiveNoCost() {
        ProcessFigures killed = new ProcessFigures("taskmanager", "taskmanager-1", 7, null, null, null);
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
