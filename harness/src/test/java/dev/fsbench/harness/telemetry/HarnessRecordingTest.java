package dev.fsbench.harness.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.results.GcFigures;
import dev.fsbench.results.TelemetryResult;
import dev.fsbench.results.TelemetryStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process recording, and what analysis makes of good, truncated and unrelated recordings. */
class HarnessRecordingTest {

    @TempDir
    Path runDir;

    @Test
    void recordsThisJvmAndAnalysesTheWindow() throws Exception {
        long from;
        long to;
        TelemetryResult result;
        try (HarnessRecording recording = HarnessRecording.start()) {
            from = System.currentTimeMillis();
            allocateAndCollect();
            to = System.currentTimeMillis();
            result = recording.finish(runDir, from, to);
        }

        assertThat(result.status()).as(result.telemetry().reason()).isEqualTo(TelemetryStatus.OK);
        assertThat(runDir.resolve("harness.jfr")).isNotEmptyFile();
        try (var files = Files.list(runDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("harness.jfr");
        }
        GcFigures gc = result.gc();
        assertThat(gc.pauseCount()).as("System.gc() pauses").isGreaterThanOrEqualTo(3);
        assertThat(gc.pauseTotalMs()).isPositive().isLessThan(to - from);
        assertThat(gc.pauseMaxMs()).isLessThanOrEqualTo(gc.pauseTotalMs());
        assertThat(gc.pauseP99Ms()).isLessThanOrEqualTo(gc.pauseMaxMs());
        assertThat(gc.allocatedBytesPerSec()).isPositive();
        assertThat(gc.heapUsedAfterGcMaxBytes())
                .isPositive()
                .isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
        assertThat(result.telemetry().files()).containsEntry("jfr", "harness.jfr");
        assertThat(result.telemetry().measuredFromMs()).isGreaterThanOrEqualTo(from);
        assertThat(result.telemetry().series().gcPauseMs()).isNotEmpty();
        assertThat(result.telemetry().series().heapUsedBytes())
                .isSortedAccordingTo((a, b) -> Long.compare(a.t(), b.t()));
    }

    @Test
    void theHarnessRecordingLeavesOutTheCommandLineWhichMayHoldCredentials() throws Exception {
        try (HarnessRecording recording = HarnessRecording.start()) {
            long now = System.currentTimeMillis();
            recording.finish(runDir, now, now);
        }
        List<String> events = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(runDir.resolve("harness.jfr"))) {
            events.add(event.getEventType().getName());
        }
        assertThat(events).contains("jdk.CPUInformation").doesNotContain(HarnessRecording.JVM_INFORMATION);
    }

    @Test
    void writesTheHarnessGcLogWhenGivenTheRunDirectory() throws Exception {
        TelemetryResult result;
        try (HarnessRecording recording = HarnessRecording.start(runDir)) {
            long from = System.currentTimeMillis();
            allocateAndCollect();
            result = recording.finish(runDir, from, System.currentTimeMillis());
        }

        assertThat(runDir.resolve("harness-gc.log")).content().contains("Pause Full (System.gc())");
        assertThat(result.telemetry().files()).containsEntry("gcLog", "harness-gc.log");
        long sizeAfterFinish = Files.size(runDir.resolve("harness-gc.log"));
        System.gc();
        assertThat(Files.size(runDir.resolve("harness-gc.log")))
                .as("logging stopped at finish")
                .isEqualTo(sizeAfterFinish);
    }

    @Test
    void serialisesToTheResultShapes() throws Exception {
        TelemetryResult result;
        try (HarnessRecording recording = HarnessRecording.start()) {
            long from = System.currentTimeMillis();
            allocateAndCollect();
            result = recording.finish(runDir, from, System.currentTimeMillis());
        }

        JsonNode json = new ObjectMapper().valueToTree(result);

        assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder("gc", "cpu", "telemetry");
        assertThat(json.get("gc").fieldNames())
                .toIterable()
                .contains(
                        "collector",
                        "pauseCount",
                        "pauseTotalMs",
                        "pauseMaxMs",
                        "pauseP99Ms",
                        "gcTimeShare",
                        "allocatedBytesPerSec",
                        "heapUsedAfterGcMaxBytes");
        assertThat(json.get("cpu").fieldNames())
                .toIterable()
                .contains("processCpuShareMean", "processCpuShareMax", "machineCpuShareMean");
        assertThat(json.at("/telemetry/status").asText()).isEqualTo("OK");
        assertThat(json.at("/telemetry/files/jfr").asText()).isEqualTo("harness.jfr");
        JsonNode firstHeapPoint = json.at("/telemetry/series/heapUsedBytes/0");
        assertThat(firstHeapPoint.isArray()).isTrue();
        assertThat(firstHeapPoint).hasSize(2);
        assertThat(firstHeapPoint.get(0).isIntegralNumber()).isTrue();
        assertThat(firstHeapPoint.get(1).isIntegralNumber())
                .as("heap bytes stay integers")
                .isTrue();
        assertThat(json.at("/telemetry/series/gcPauseMs/0/1").isNumber()).isTrue();
    }

    @Test
    void truncatedEmptyOrUnrelatedRecordingsAreMissingNotExceptions() throws Exception {
        try (HarnessRecording recording = HarnessRecording.start()) {
            long from = System.currentTimeMillis();
            allocateAndCollect();
            recording.finish(runDir, from, System.currentTimeMillis());
        }
        byte[] full = Files.readAllBytes(runDir.resolve("harness.jfr"));

        Path truncatedDir = Files.createDirectories(runDir.resolve("truncated"));
        Files.write(truncatedDir.resolve("engine.jfr"), Arrays.copyOf(full, full.length / 2));
        TelemetryResult truncated = JvmTelemetry.analyze(truncatedDir, "engine", 0, Long.MAX_VALUE);
        assertThat(truncated.status()).isEqualTo(TelemetryStatus.MISSING);
        assertThat(truncated.telemetry().reason()).contains("engine.jfr");
        assertThat(truncated.gc()).isNull();

        Path emptyDir = Files.createDirectories(runDir.resolve("empty"));
        Files.write(emptyDir.resolve("engine.jfr"), new byte[0]);
        assertThat(JvmTelemetry.analyze(emptyDir, "engine", 0, Long.MAX_VALUE)
                        .telemetry()
                        .reason())
                .contains("empty");

        Path absentDir = Files.createDirectories(runDir.resolve("absent"));
        assertThat(JvmTelemetry.analyze(absentDir, "engine", 0, Long.MAX_VALUE)
                        .telemetry()
                        .reason())
                .contains("no flight recording");

        TelemetryResult yesterday = JvmTelemetry.analyze(runDir, "harness", 0, 86_400_000L);
        assertThat(yesterday.status()).isEqualTo(TelemetryStatus.MISSING);
        assertThat(yesterday.telemetry().reason()).contains("does not overlap");
    }

    /** Allocation the JIT cannot remove, plus explicit collections so the window surely holds pauses. */
    private static void allocateAndCollect() throws InterruptedException {
        List<byte[]> retained = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 20_000; i++) {
                retained.add(new byte[1024]);
            }
            retained.clear();
            System.gc();
            Thread.sleep(50);
        }
    }
}
