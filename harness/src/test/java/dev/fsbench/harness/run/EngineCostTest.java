package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.Cost;
import dev.fsbench.results.CpuFigures;
import dev.fsbench.results.GcFigures;
import dev.fsbench.results.Sustainability;
import dev.fsbench.results.TelemetryResult;
import dev.fsbench.results.Throughput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineCostTest {

    private static final TelemetryResult TELEMETRY = new TelemetryResult(
            new GcFigures("G1New/G1Old", 10, 12, 50.0, 9.0, 9.0, 0.005, 200_000_000, 80_000_000L),
            new CpuFigures(0.25, 0.4, 0.6, 10),
            null);

    @Test
    void anEngineThatFellBehindIsChargedPerEventItDelivered() {
        Cost cost = EngineCost.of(
                TELEMETRY,
                new Throughput(150_000, 100_000.0),
                Sustainability.no(List.of("backlog grew")),
                new MachineSample(2, 1.5),
                null);

        assertThat(cost.engineCpuCores()).isEqualTo(0.5); // a quarter of 2 cores
        // 0.5 core-seconds per second over 100,000 events per second: 5 core-seconds per million events
        assertThat(cost.cpuCoreSecondsPerMillionEvents()).isEqualTo(5.0);
        assertThat(cost.allocatedBytesPerEvent()).isEqualTo(2_000.0);
        assertThat(cost.gcTimeShare()).isEqualTo(0.005);
        assertThat(cost.heapAfterGcMaxBytes()).isEqualTo(80_000_000L);
        assertThat(cost.machineCpuShare()).isEqualTo(0.6);
        assertThat(cost.machineLoadAverage()).isEqualTo(1.5);
        assertThat(cost.perEventBasis()).isEqualTo(Cost.PROCESSED_BASIS);
    }

    @Test
    void anEngineThatKeptUpIsChargedPerEventSentNotPerBurstItHappenedToDeliverInThePhase() {
        // a micro-batch engine delivering 64k ev/s' worth of windows in a 15 s phase at 50k ev/s input
        Cost cost = EngineCost.of(
                TELEMETRY, new Throughput(50_000, 64_287.0), Sustainability.yes(), new MachineSample(2, 1.5), null);

        assertThat(cost.cpuCoreSecondsPerMillionEvents()).isEqualTo(10.0); // 0.5 cores / 50,000 ev/s
        assertThat(cost.allocatedBytesPerEvent()).isEqualTo(4_000.0); // 200 MB/s / 50,000 ev/s
        assertThat(cost.perEventBasis()).isEqualTo(Cost.INPUT_BASIS);
    }

    @Test
    void nothingProcessedLeavesPerEventFiguresOpen() {
        Cost cost = EngineCost.of(TELEMETRY, new Throughput(50_000, 0.0), null, new MachineSample(2, null), null);

        assertThat(cost.cpuCoreSecondsPerMillionEvents()).isNull();
        assertThat(cost.allocatedBytesPerEvent()).isNull();
        assertThat(cost.engineCpuCores()).isEqualTo(0.5);
        assertThat(cost.perEventBasis()).isNull();
        assertThat(EngineCost.of(
                        TelemetryResult.missing("no recording", Map.of()), new Throughput(1, 1.0), null, null, null))
                .isNull();
    }

    @Test
    void theLoadAverageIsTheFirstFieldOfProcLoadavg(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("loadavg"), "1.25 0.80 0.40 2/311 4242\n");

        assertThat(MachineSample.loadAverage(file)).isEqualTo(1.25);
        assertThat(MachineSample.loadAverage(dir.resolve("absent"))).isNull();
    }
}
