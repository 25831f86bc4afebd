package dev.fsbench.harness.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.results.TelemetryResult;
import dev.fsbench.results.TelemetryStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmTelemetryOptionsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreAFixedHeapG1GcLogAndARecordingDumpedOnExit() {
        List<String> options = JvmTelemetry.jvmOptions(TestWorkloads.withProperties(Map.of()), dir, "flink");

        assertThat(options).contains("-Xms2g", "-Xmx2g", "-XX:+UseG1GC");
        assertThat(options).anySatisfy(o -> assertThat(o).startsWith("-Xlog:gc*:file=" + dir.resolve("flink-gc.log")));
        assertThat(options)
                .anySatisfy(o -> assertThat(o)
                        .startsWith("-XX:StartFlightRecording=")
                        .contains("settings=" + dir.resolve(TelemetrySettings.FILE_NAME))
                        .contains("filename=" + dir.resolve("flink.jfr"))
                        .contains("dumponexit=true"));
        assertThat(options).contains("-XX:FlightRecorderOptions=repository=" + dir.resolve("flink-jfr-repository"));
        assertThat(dir.resolve(TelemetrySettings.FILE_NAME)).content().contains("jdk.ObjectAllocationSample");
    }

    @Test
    void recordingOptionsLeaveTheHeapToTheLauncherAndKeepItsPlaceholders() {
        List<String> options = JvmTelemetry.recordingOptions(
                TestWorkloads.withProperties(Map.of("jvm.gc", "parallel")), dir, "executor-{{EXECUTOR_ID}}");

        assertThat(options).noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-Xmx"));
        assertThat(options).contains("-XX:+UseParallelGC");
        assertThat(options)
                .anySatisfy(o -> assertThat(o).contains("filename=" + dir.resolve("executor-{{EXECUTOR_ID}}.jfr")));
        assertThat(options)
                .anySatisfy(o ->
                        assertThat(o).startsWith("-Xlog:gc*:file=" + dir.resolve("executor-{{EXECUTOR_ID}}-gc.log")));
        assertThatThrownBy(() -> JvmTelemetry.jvmOptions(
                        TestWorkloads.withProperties(Map.of()), dir, "executor-{{EXECUTOR_ID}}"))
                .as("a JVM the harness starts itself has a plain label")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JvmTelemetry.recordingOptions(TestWorkloads.withProperties(Map.of()), dir, "a b"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void collectorAndHeapComeFromTheEngineProperties() {
        assertThat(JvmTelemetry.jvmOptions(
                        TestWorkloads.withProperties(Map.of("jvm.gc", "Parallel", "jvm.heap", "512m")), dir, "spark"))
                .contains("-XX:+UseParallelGC", "-Xms512m", "-Xmx512m")
                .doesNotContain("-XX:+UseG1GC");
        assertThat(JvmTelemetry.jvmOptions(TestWorkloads.withProperties(Map.of("jvm.gc", "zgc")), dir, "spark"))
                .contains("-XX:+UseZGC");
    }

    @Test
    void badPropertiesAreRejectedNamingTheProperty() {
        assertThatThrownBy(
                        () -> JvmTelemetry.jvmOptions(TestWorkloads.withProperties(Map.of("jvm.gc", "cms")), dir, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jvm.gc")
                .hasMessageContaining("cms")
                .hasMessageContaining("g1, parallel, zgc");
        assertThatThrownBy(() ->
                        JvmTelemetry.jvmOptions(TestWorkloads.withProperties(Map.of("jvm.heap", "lots")), dir, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jvm.heap")
                .hasMessageContaining("lots");
        assertThatThrownBy(() ->
                        JvmTelemetry.jvmOptions(TestWorkloads.withProperties(Map.of("jvm.jfr", "maybe")), dir, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jvm.jfr");
        assertThatThrownBy(() -> JvmTelemetry.jvmOptions(TestWorkloads.withProperties(Map.of()), dir, "a/b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label");
    }

    @Test
    void directoriesTheJvmOptionSyntaxCannotCarryAreRejected() {
        assertThatThrownBy(
                        () -> JvmTelemetry.jvmOptions(TestWorkloads.withProperties(Map.of()), dir.resolve("a,b"), "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a,b");
    }

    @Test
    void switchingRecordingOffKeepsTheGcLogOnlyAndAnalysisSaysDisabled() {
        var spec = TestWorkloads.withProperties(Map.of("jvm.jfr", "false"));
        List<String> options = JvmTelemetry.jvmOptions(spec, dir, "baseline");

        assertThat(options).noneMatch(o -> o.contains("FlightRecord"));
        assertThat(options).anyMatch(o -> o.startsWith("-Xlog:gc*"));
        assertThat(Files.exists(dir.resolve(TelemetrySettings.FILE_NAME))).isFalse();
        TelemetryResult result = JvmTelemetry.analyze(spec, dir, "baseline", 0, Long.MAX_VALUE);
        assertThat(result.status()).isEqualTo(TelemetryStatus.DISABLED);
        assertThat(result.gc()).isNull();
    }
}
