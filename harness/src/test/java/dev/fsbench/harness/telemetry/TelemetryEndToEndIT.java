package dev.fsbench.harness.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.TestEngineDrivers;
import dev.fsbench.harness.engine.EngineDriver;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.harness.run.TestEngines;
import dev.fsbench.harness.run.WorkloadPlan;
import dev.fsbench.results.CpuFigures;
import dev.fsbench.results.GcFigures;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.TelemetryInfo;
import dev.fsbench.results.TelemetryResult;
import dev.fsbench.results.TelemetryStatus;
import dev.fsbench.results.WorkloadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real run on the embedded broker: an engine killed with SIGKILL, then the baseline engine. The killed one must
 * fail alone with telemetry MISSING; the baseline's and the harness's telemetry must hold real figures.
 */
class TelemetryEndToEndIT {

    private static final long RATE = 3_000;
    private static final long DURATION_MS = 8_000;

    private static final EngineDriver SIGKILLED = TestEngineDrivers.onTestClasspath("sigkilled", SigkilledEngine.class);

    @Test
    void baselineRunHasRealGcAndCpuFiguresAndAKilledEngineHasMissingTelemetry(@TempDir Path runDir) throws Exception {
        // The baseline allocates about 1 KB per event (measured): at 3,000 ev/s an 8 s window allocates ~25 MB,
        // more than G1's young generation can hold in a 32 MiB heap (at most 60 %), so the window must hold pauses.
        WorkloadSpec spec = new WorkloadSpec(
                "telemetry",
                RATE,
                DURATION_MS,
                2_000,
                WindowSpec.tumbling(1000),
                200,
                KeyDistribution.UNIFORM,
                0,
                0,
                2,
                2,
                7,
                Map.of("jvm.heap", "32m"));
        List<WorkloadPlan> plans = List.of(
                new WorkloadPlan(SIGKILLED, spec, 1), new WorkloadPlan(EngineDrivers.byName("baseline"), spec, 1));

        RunResult result = TestEngines.runOnEmbeddedBroker("telemetry-it", runDir, plans);

        WorkloadResult killed = result.workloads().get(0);
        assertThat(killed.status()).isEqualTo(RunStatus.FAILED);
        TelemetryInfo killedTelemetry = (TelemetryInfo) killed.telemetry();
        assertThat(killedTelemetry.status()).isEqualTo(TelemetryStatus.MISSING);
        assertThat(killedTelemetry.reason()).contains("engine.jfr");
        assertThat(killed.gc()).isNull();
        assertThat(killed.cpu()).isNull();

        WorkloadResult baseline = result.workloads().get(1);
        assertThat(baseline.status()).as(baseline.failureReason()).isEqualTo(RunStatus.OK);
        TelemetryInfo telemetry = (TelemetryInfo) baseline.telemetry();
        assertThat(telemetry.status()).as(telemetry.reason()).isEqualTo(TelemetryStatus.OK);
        GcFigures gc = (GcFigures) baseline.gc();
        long wallMs = telemetry.measuredToMs() - telemetry.measuredFromMs();
        assertThat(wallMs).isBetween(DURATION_MS - 1_000, DURATION_MS + 1_000);
        assertThat(gc.collector()).isEqualTo("G1New/G1Old");
        assertThat(gc.pauseCount()).as("pauses in %s", gc).isPositive();
        assertThat(gc.pauseTotalMs()).isPositive().isLessThan(wallMs);
        // Consuming, counting and producing an event allocates at least its record objects, and not megabytes.
        double bytesPerEvent = gc.allocatedBytesPerSec() / RATE;
        assertThat(bytesPerEvent).isBetween(100.0, 1_000_000.0);
        assertThat(gc.heapUsedAfterGcMaxBytes()).isPositive().isLessThanOrEqualTo(32L << 20);
        CpuFigures cpu = (CpuFigures) baseline.cpu();
        assertThat(cpu.processCpuShareMean()).isPositive().isLessThanOrEqualTo(1.0);
        assertThat(cpu.machineCpuShareMean()).isGreaterThanOrEqualTo(cpu.processCpuShareMean());
        assertThat(telemetry.series().heapUsedBytes()).isNotEmpty();
        assertThat(runDir.resolve("baseline-telemetry/engine.jfr")).isNotEmptyFile();
        assertThat(runDir.resolve("baseline-telemetry/engine-gc.log")).isNotEmptyFile();
        assertThat(baseline.files())
                .as("workload files are relative to the run directory")
                .containsEntry("jfr", "baseline-telemetry/engine.jfr")
                .containsEntry("gcLog", "baseline-telemetry/engine-gc.log");

        TelemetryResult harness = (TelemetryResult) result.harness();
        assertThat(harness.status()).as(harness.telemetry().reason()).isEqualTo(TelemetryStatus.OK);
        assertThat(harness.gc().allocatedBytesPerSec()).isPositive();
        assertThat(harness.cpu().processCpuShareMean()).isPositive();
        assertThat(runDir.resolve("harness.jfr")).isNotEmptyFile();
        assertThat(runDir.resolve("harness-gc.log")).exists();
        assertThat(harness.telemetry().files()).containsEntry("gcLog", "harness-gc.log");

        JsonNode json = new ObjectMapper()
                .readTree(runDir.resolve(ResultWriter.RESULT_FILE).toFile());
        assertThat(json.at("/workloads/0/telemetry/status").asText()).isEqualTo("MISSING");
        assertThat(json.at("/workloads/1/gc/pauseCount").asLong()).isEqualTo(gc.pauseCount());
        assertThat(json.at("/workloads/1/telemetry/series/gcPauseMs/0").size()).isEqualTo(2);
        assertThat(json.at("/harness/telemetry/status").asText()).isEqualTo("OK");
    }
}
