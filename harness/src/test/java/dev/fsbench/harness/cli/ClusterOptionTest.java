package dev.fsbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --cluster is checked when the run is planned: exit 2, no run directory, no broker, no JVM. */
class ClusterOptionTest {

    @Test
    void aStandaloneClusterForTheBaselineIsRefusedBeforeAnythingStarts(@TempDir Path dir) {
        Path runDir = dir.resolve("run");
        CliOutcome o = CliOutcome.run(
                "run", "--engines", "baseline", "--cluster", "standalone", "--output", runDir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err())
                .contains("--cluster standalone (cluster.mode=standalone) is not available for baseline")
                .contains("--cluster local");
        assertThat(runDir).doesNotExist();
    }

    @Test
    void aClusterOfTheHarnessCannotBeCombinedWithOneOfYourOwn(@TempDir Path dir) {
        Path runDir = dir.resolve("run");
        CliOutcome o = CliOutcome.run(
                "run",
                "--engines",
                "flink",
                "--cluster",
                "standalone",
                "--flink-rest",
                "127.0.0.1:8081",
                "--output",
                runDir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("cannot be combined with flink.rest=127.0.0.1:8081");
        assertThat(runDir).doesNotExist();
    }

    @Test
    void aParallelismAboveTheClustersSlotsIsRefused(@TempDir Path dir) {
        Path runDir = dir.resolve("run");
        CliOutcome o = CliOutcome.run(
                "run",
                "--engines",
                "flink",
                "--cluster",
                "standalone",
                "--parallelism",
                "3",
                "-P",
                "cluster.workers=1",
                "--output",
                runDir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("parallelism 3 needs 3 task slots, but the standalone Flink cluster has 1");
        assertThat(runDir).doesNotExist();
    }

    @Test
    void anUnknownClusterModeNamesTheAllowedOnes(@TempDir Path dir) {
        Path runDir = dir.resolve("run");
        CliOutcome o =
                CliOutcome.run("capacity", "--engines", "baseline", "--cluster", "yarn", "--output", runDir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("bad value for cluster.mode: 'yarn' (allowed: local, standalone)");
        assertThat(runDir).doesNotExist();
    }

    @Test
    void localModeIsTheDefaultAndAccepted(@TempDir Path dir) {
        RunCommand run = new RunCommand();
        picocli.CommandLine cli = new picocli.CommandLine(run);
        cli.parseArgs(
                "--engines",
                "baseline",
                "--cluster",
                "local",
                "--output",
                dir.resolve("run").toString());
        assertThat(run.plan(new dev.fsbench.harness.run.Console(System.out, true))
                        .plans())
                .singleElement()
                .satisfies(plan -> assertThat(plan.spec().engineProperties()).containsEntry("cluster.mode", "local"));
    }
}
