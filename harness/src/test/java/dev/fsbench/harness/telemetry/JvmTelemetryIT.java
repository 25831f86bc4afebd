package dev.fsbench.harness.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.process.CurrentClasspath;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.results.CpuFigures;
import dev.fsbench.results.GcFigures;
import dev.fsbench.results.TelemetryResult;
import dev.fsbench.results.TelemetrySeries;
import dev.fsbench.results.TelemetryStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forks a small allocating JVM with the telemetry options and checks what the recording says about it. */
class JvmTelemetryIT {

    private static final Pattern REPORT = Pattern.compile("allocatedBytes=(\\d+) startMs=(\\d+) endMs=(\\d+)");
    private static final long ALLOCATING_MS = 4_000;

    @TempDir
    Path dir;

    /** What the forked program says it did. */
    private record Allocation(long bytes, long startMs, long endMs) {
        double bytesPerSec() {
            return bytes / ((endMs - startMs) / 1000.0);
        }
    }

    @Test
    void g1RecordingShowsPausesAllocationHeapAndCpu() throws Exception {
        Allocation allocation = runAllocating(Map.of("jvm.heap", "128m"), "engine");

        TelemetryResult result = JvmTelemetry.analyze(dir, "engine", allocation.startMs(), allocation.endMs());

        assertThat(result.status()).as(result.telemetry().reason()).isEqualTo(TelemetryStatus.OK);
        GcFigures gc = result.gc();
        long wallMs = allocation.endMs() - allocation.startMs();
        assertThat(gc.collector()).isEqualTo("G1New/G1Old");
        assertThat(gc.pauseCount()).isPositive();
        assertThat(gc.collectionCount()).isPositive();
        assertThat(gc.pauseTotalMs()).isPositive().isLessThan(wallMs);
        assertThat(gc.gcTimeShare()).isBetween(0.0, 1.0);
        assertThat(gc.pauseMaxMs()).isLessThanOrEqualTo(gc.pauseTotalMs());
        assertThat(gc.pauseP99Ms()).isLessThanOrEqualTo(gc.pauseMaxMs());
        assertThat(gc.heapUsedAfterGcMaxBytes()).isPositive().isLessThanOrEqualTo(128L << 20);
        // The sampled allocation total must agree with what the program counted itself.
        assertThat(gc.allocatedBytesPerSec() / allocation.bytesPerSec()).isBetween(0.7, 1.3);

        CpuFigures cpu = result.cpu();
        assertThat(cpu.samples()).isGreaterThanOrEqualTo(2);
        assertThat(cpu.processCpuShareMean()).isPositive().isLessThanOrEqualTo(cpu.processCpuShareMax());
        assertThat(cpu.processCpuShareMax()).isLessThanOrEqualTo(1.0);
        assertThat(cpu.machineCpuShareMean()).isPositive().isLessThanOrEqualTo(1.0);

        assertThat(result.telemetry().files())
                .containsEntry("jfr", "engine.jfr")
                .containsEntry("gcLog", "engine-gc.log");
        assertThat(dir.resolve("engine-gc.log")).content().contains("Pause Young");
        assertThat(dir.resolve("engine-jfr-repository"))
                .as("emptied by JFR, removed by analysis")
                .doesNotExist();
        TelemetrySeries series = result.telemetry().series();
        assertThat(series.heapUsedBytes()).isNotEmpty();
        assertThat(series.gcPauseMs()).hasSizeGreaterThanOrEqualTo((int) gc.pauseCount());
        assertThat(series.processCpuShare()).hasSizeGreaterThanOrEqualTo(cpu.samples());
    }

    @Test
    void warmUpIsExcludedFromTheFigures() throws Exception {
        Allocation allocation = runAllocating(Map.of("jvm.heap", "128m"), "engine");
        long middle = (allocation.startMs() + allocation.endMs()) / 2;

        GcFigures whole = JvmTelemetry.analyze(dir, "engine", allocation.startMs(), allocation.endMs())
                .gc();
        GcFigures secondHalf =
                JvmTelemetry.analyze(dir, "engine", middle, allocation.endMs()).gc();

        assertThat(secondHalf.pauseCount()).isPositive().isLessThan(whole.pauseCount());
        assertThat(secondHalf.pauseTotalMs()).isLessThan(whole.pauseTotalMs());
    }

    @Test
    void parallelGcShowsUpAsThatCollectorsEvents() throws Exception {
        Allocation allocation = runAllocating(Map.of("jvm.heap", "128m", "jvm.gc", "parallel"), "engine");

        List<String> collections = RecordingFile.readAllEvents(dir.resolve("engine.jfr")).stream()
                .filter(e -> e.getEventType().getName().equals("jdk.GarbageCollection"))
                .map(e -> e.getString("name"))
                .distinct()
                .toList();
        assertThat(collections).contains("ParallelScavenge").doesNotContain("G1New", "G1Old");

        TelemetryResult result = JvmTelemetry.analyze(dir, "engine", allocation.startMs(), allocation.endMs());
        assertThat(result.gc().collector()).isEqualTo("ParallelScavenge/ParallelOld");
        assertThat(result.gc().pauseCount()).isPositive();
    }

    @Test
    void zgcPausesAreCountedToo() throws Exception {
        Allocation allocation = runAllocating(Map.of("jvm.heap", "256m", "jvm.gc", "zgc"), "engine");

        TelemetryResult result = JvmTelemetry.analyze(dir, "engine", allocation.startMs(), allocation.endMs());

        assertThat(result.gc().collector()).isEqualTo("Z");
        assertThat(result.gc().pauseCount())
                .as("ZGC pauses up to three times per cycle")
                .isGreaterThanOrEqualTo(result.gc().collectionCount());
        assertThat(result.gc().pauseMaxMs()).isLessThan(50.0);
    }

    @Test
    void aJvmKilledBeforeItsDumpGivesMissingTelemetryNotAnException() throws Exception {
        var spec = TestWorkloads.withProperties(Map.of("jvm.heap", "128m"));
        ForkedJvm jvm = ForkedJvm.start(new ForkedJvm.Spec(
                "engine",
                AllocatingMain.class.getName(),
                testClasspath(),
                JvmTelemetry.jvmOptions(spec, dir, "engine"),
                List.of("60000"),
                Map.of(),
                dir));
        long startMs = System.currentTimeMillis();
        try {
            awaitOutput(jvm, "started");
            Thread.sleep(1_500);
        } finally {
            jvm.kill();
            jvm.waitFor(Duration.ofSeconds(10));
            jvm.stop(Duration.ofSeconds(1));
        }

        TelemetryResult result = JvmTelemetry.analyze(spec, dir, "engine", startMs, System.currentTimeMillis());

        assertThat(result.status()).isEqualTo(TelemetryStatus.MISSING);
        assertThat(result.telemetry().reason()).contains("engine.jfr").contains("engine-jfr-repository");
        assertThat(result.gc()).isNull();
        assertThat(result.cpu()).isNull();
        assertThat(result.telemetry().files()).containsEntry("gcLog", "engine-gc.log");
    }

    private Allocation runAllocating(Map<String, String> properties, String label) throws Exception {
        var spec = TestWorkloads.withProperties(properties);
        try (ForkedJvm jvm = ForkedJvm.start(new ForkedJvm.Spec(
                label,
                AllocatingMain.class.getName(),
                testClasspath(),
                JvmTelemetry.jvmOptions(spec, dir, label),
                List.of(Long.toString(ALLOCATING_MS)),
                Map.of(),
                dir))) {
            assertThat(jvm.waitFor(Duration.ofSeconds(60)))
                    .as("forked JVM finished")
                    .isTrue();
            assertThat(jvm.exitCode()).as(jvm.outputTail(20)).contains(0);
            Matcher report = REPORT.matcher(Files.readString(jvm.stdoutFile()));
            assertThat(report.find())
                    .as("allocation report in " + jvm.stdoutFile())
                    .isTrue();
            return new Allocation(
                    Long.parseLong(report.group(1)), Long.parseLong(report.group(2)), Long.parseLong(report.group(3)));
        }
    }

    private static void awaitOutput(ForkedJvm jvm, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.readString(jvm.stdoutFile()).contains(text)) {
            if (System.nanoTime() > deadline || !jvm.isAlive()) {
                throw new AssertionError("forked JVM never printed '" + text + "': " + jvm.outputTail(20));
            }
            Thread.sleep(50);
        }
    }

    private static List<Path> testClasspath() {
        return CurrentClasspath.entries();
    }
}
