package dev.fsbench.harness.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.cli.CliOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fault the workload cannot take exits 2 before anything starts, naming the workload and why. */
class FaultChecksTest {

    @Test
    void killWorkerNeedsAClusterTheHarnessStarts(@TempDir Path dir) {
        assertRefused(
                dir,
                "kill-worker needs a cluster the harness starts (--cluster standalone)",
                "--engines",
                "flink",
                "--fault",
                "kill-worker@5s");
    }

    @Test
    void aFaultAfterTheMeasuredPhaseIsRefused(@TempDir Path dir) {
        assertRefused(
                dir,
                "flink-cli: fault kill-engine@10000ms refused: it would strike after the measured phase (10000 ms)",
                "--engines",
                "flink",
                "--duration",
                "10s",
                "--fault",
                "add-partitions@2s",
                "--fault",
                "kill-engine@10s");
    }

    @Test
    void killEngineOnlyOnEnginesThatResume(@TempDir Path dir) {
        CliOutcome o = CliOutcome.run(
                "run",
                "--engines",
                "baseline,spark-dstream,spark-structured,kafka-streams",
                "--fault",
                "kill-engine@5s",
                "--output",
                dir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err())
                .contains("baseline-cli: fault kill-engine@5000ms refused: the baseline keeps its windows in memory")
                .contains("spark-dstream-cli: fault kill-engine@5000ms refused: spark-dstream is run without"
                        + " checkpoint recovery")
                .contains(
                        "kafka-streams-cli: fault kill-engine@5000ms refused: kafka-streams has no tested restart path")
                .doesNotContain("spark-structured-cli");
        assertThat(dir.resolve("result.json")).as("nothing started").doesNotExist();

        assertRefused(
                dir,
                "set flink.checkpointIntervalMs > 0",
                "--engines",
                "flink",
                "-P",
                "flink.checkpointIntervalMs=0",
                "--fault",
                "kill-engine@5s");
    }

    /**
     * On a standalone Flink cluster kill-engine strikes the JobManager and resubmits the job from its checkpoint:
     * accepted (the run below is refused only for its other fault), still refused without checkpoints, and on a
     * session cluster of the user's own ({@code flink.rest}), which the harness cannot restart.
     */
    @Test
    void killEngineOnAStandaloneFlinkClusterNeedsOnlyCheckpoints(@TempDir Path dir) {
        CliOutcome accepted = CliOutcome.run(
                "run",
                "--engines",
                "flink",
                "--cluster",
                "standalone",
                "--duration",
                "10s",
                "--fault",
                "kill-engine@5s",
                "--fault",
                "add-partitions@10s",
                "--output",
                dir.resolve("accepted").toString());
        assertThat(accepted.exitCode()).as(accepted.err()).isEqualTo(2);
        assertThat(accepted.err())
                .contains("fault add-partitions@10000ms refused")
                .doesNotContain("kill-engine@5000ms");

        assertRefused(
                dir,
                "fault kill-engine@5000ms refused: Flink resumes from its latest checkpoint: set"
                        + " flink.checkpointIntervalMs > 0",
                "--engines",
                "flink",
                "--cluster",
                "standalone",
                "-P",
                "flink.checkpointIntervalMs=0",
                "--fault",
                "kill-engine@5s");
        assertRefused(
                dir,
                "fault kill-engine@5000ms refused: with flink.rest the engine JVM is only the client of a session"
                        + " cluster the harness did not start",
                "--engines",
                "flink",
                "-P",
                "flink.rest=127.0.0.1:8081",
                "--fault",
                "kill-engine@5s");
    }

    /**
     * A job that checkpoints elsewhere than the standalone cluster's checkpoint directory would be resubmitted
     * without its state after kill-engine: refused, naming the key. In local mode the engine's MiniCluster writes
     * to its own directory whatever the key says: accepted there (the run below is refused only for its other fault).
     */
    @Test
    void killEngineOnAStandaloneFlinkClusterRefusesACheckpointDirectoryOfTheJobsOwn(@TempDir Path dir) {
        for (String key : FaultChecks.FLINK_CHECKPOINT_DIR_KEYS) {
            assertRefused(
                    dir,
                    "flink-cli: fault kill-engine@5000ms refused: on a standalone cluster the job is resubmitted from"
                            + " the newest checkpoint in the cluster's own checkpoint directory, but " + key
                            + " makes the job checkpoint elsewhere",
                    "--engines",
                    "flink",
                    "--cluster",
                    "standalone",
                    "-P",
                    key + "=file:///tmp/elsewhere",
                    "--fault",
                    "kill-engine@5s");
        }

        CliOutcome local = CliOutcome.run(
                "run",
                "--engines",
                "flink",
                "-P",
                "flink.execution.checkpointing.dir=file:///tmp/elsewhere",
                "--duration",
                "10s",
                "--fault",
                "kill-engine@5s",
                "--fault",
                "add-partitions@10s",
                "--output",
                dir.resolve("local").toString());
        assertThat(local.exitCode()).as(local.err()).isEqualTo(2);
        assertThat(local.err()).contains("fault add-partitions@10000ms refused").doesNotContain("kill-engine@5000ms");
    }

    @Test
    void anUnknownKindOrTimeIsNamed(@TempDir Path dir) {
        assertRefused(dir, "unknown kind 'kill-broker'", "--fault", "kill-broker@5s");
        assertRefused(dir, "'later' is not a duration", "--fault", "kill-engine@later");
    }

    @Test
    void aScenarioTakesFaultsAsTextOrAsKindAndAt(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("faults.yaml");
        Files.writeString(
                scenario, "engines: [baseline]\nfaults:\n  - add-partitions@2s\n  - {kind: kill-engine, at: 5s}\n");
        assertRefused(
                dir,
                "baseline-faults: fault kill-engine@5000ms refused: the baseline",
                "--scenario",
                scenario.toString());
        // the flags replace the scenario's faults
        Path out = dir.resolve("out");
        CliOutcome replaced = CliOutcome.run(
                "run", "--scenario", scenario.toString(), "--fault", "kill-worker@1s", "--output", out.toString());
        assertThat(replaced.err()).contains("kill-worker needs").doesNotContain("kill-engine@5000ms");

        Files.writeString(scenario, "faults:\n  - {kind: kill-engine, when: 5s}\n");
        assertRefused(dir, "unknown key 'when'", "--scenario", scenario.toString());
    }

    @Test
    void aCapacitySearchTakesNoFaults(@TempDir Path dir) {
        CliOutcome o = CliOutcome.run(
                "capacity", "--engines", "flink", "--fault", "kill-engine@5s", "--output", dir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("bench capacity takes no faults");
    }

    private static void assertRefused(Path dir, String message, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--output";
        all[args.length + 2] = dir.resolve("run").toString();
        CliOutcome o = CliOutcome.run(all);
        assertThat(o.exitCode()).as(o.err()).isEqualTo(2);
        assertThat(o.err()).contains(message);
        assertThat(dir.resolve("run").resolve("result.json"))
                .as("nothing started")
                .doesNotExist();
    }
}
