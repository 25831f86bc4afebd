package dev.fsbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad settings exit with code 2 when the run is planned: no run directory, no broker, no engine. */
class RunCommandKnobsTest {

    @Test
    void misspeltKnobNamesTheNearestOneAndStartsNothing(@TempDir Path dir) {
        Path runDir = dir.resolve("run");
        CliOutcome o = CliOutcome.run(
                "run", "--engines", "flink", "-P", "flink.objectReus=true", "--output", runDir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("unknown setting flink.objectReus (did you mean flink.objectReuse?)");
        // the run directory (where the broker's logs and result.json go) was never created
        assertThat(runDir).doesNotExist();
    }

    @Test
    void aPassThroughSettingThatLeavesLoopbackIsRefusedUnlessABindAddressWasGiven(@TempDir Path dir) {
        Path runDir = dir.resolve("run");
        CliOutcome o = CliOutcome.run(
                "run",
                "--engines",
                "spark-structured",
                "-P",
                "spark.driver.bindAddress=0.0.0.0",
                "--output",
                runDir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err())
                .contains("spark.driver.bindAddress would move the engine's listeners off loopback (127.0.0.1)")
                .contains("--bind-address");
        assertThat(runDir).doesNotExist();

        // with --bind-address the same setting passes the key check: the plan then fails on a rule across knobs,
        // which it checks only once every key passed
        CliOutcome allowed = CliOutcome.run(
                "run",
                "--engines",
                "spark-dstream",
                "--bind-address",
                "0.0.0.0",
                "-P",
                "spark.driver.bindAddress=0.0.0.0",
                "--window-size",
                "1s",
                "-P",
                "spark.batchIntervalMs=700",
                "--output",
                runDir.toString());
        assertThat(allowed.exitCode()).isEqualTo(2);
        assertThat(allowed.err()).contains("multiples of the batch interval");
        assertThat(allowed.err()).doesNotContain("off loopback");
        assertThat(runDir).doesNotExist();
    }

    @Test
    void badValueNamesKeyValueAndAllowedValues(@TempDir Path dir) {
        Path runDir = dir.resolve("run");
        CliOutcome o =
                CliOutcome.run("run", "--engines", "flink", "-P", "jvm.heap=lots", "--output", runDir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("bad value for jvm.heap: 'lots' (allowed: a JVM heap size such as 512m or 2g)");
        assertThat(runDir).doesNotExist();
    }

    @Test
    void scenarioFileKnobsAreCheckedToo(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, "engineProperties: {flink.stateBackend: memory, spark.batchIntrvalMs: \"500\"}\n");
        Path runDir = dir.resolve("run");
        CliOutcome o = CliOutcome.run("run", "--scenario", scenario.toString(), "--output", runDir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err())
                .contains("bad value for flink.stateBackend: 'memory' (allowed: hashmap, rocksdb)")
                .doesNotContain("spark.batchIntrvalMs"); // a spark.* key Spark's own registry judges, later
        assertThat(runDir).doesNotExist();
    }

    @Test
    void rulesAcrossKnobsAreCheckedForTheEnginesThatRun(@TempDir Path dir) {
        Path runDir = dir.resolve("run");
        CliOutcome o = CliOutcome.run(
                "run",
                "--engines",
                "flink",
                "-P",
                "flink.deliveryGuarantee=exactly-once",
                "-P",
                "flink.checkpointIntervalMs=0",
                "--output",
                runDir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("set flink.checkpointIntervalMs > 0");
        assertThat(runDir).doesNotExist();
    }

    @Test
    void dstreamWindowWithoutAUsefulBatchIntervalStopsBeforeTheBroker(@TempDir Path dir) {
        Path runDir = dir.resolve("run");
        CliOutcome o = CliOutcome.run(
                "run",
                "--engines",
                "spark-dstream",
                "--window-size",
                "1s",
                "--window-slide",
                "40ms", // a whole number of slides in the size, but no batch interval of 100 ms or more fits
                "--output",
                runDir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("DStream windows must be multiples of the batch interval");
        assertThat(runDir).doesNotExist();
    }

    @Test
    void knobsListsEveryKnobAndChecksTheEngine() {
        CliOutcome all = CliOutcome.run("knobs");
        assertThat(all.exitCode()).isZero();
        assertThat(all.out())
                .contains("flink.objectReuse", "spark.batchIntervalMs", "jvm.heap", "harness.readyTimeoutMs")
                .contains("baseline.idleTimeoutMs", "default 2g");
        CliOutcome markdown = CliOutcome.run("knobs", "--markdown");
        assertThat(markdown.out()).startsWith("# Knob reference");
        CliOutcome storm = CliOutcome.run("knobs", "--engine", "storm");
        assertThat(storm.exitCode()).isEqualTo(2);
        assertThat(storm.err()).contains("unknown engine 'storm'");
    }
}
