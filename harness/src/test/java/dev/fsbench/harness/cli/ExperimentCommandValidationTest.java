package dev.fsbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to `bench experiment` exits 2 with a message naming the file and key, before anything starts. */
class ExperimentCommandValidationTest {

    private static final String VALID = """
            claim: Throttling costs throughput.
            engines: [baseline]
            variants:
              - {name: free, knobs: {}}
              - {name: throttled, knobs: {baseline.throttleEventsPerSec: 2000}}
            comparisons:
              - {metric: processedEventsPerSec, better: free, than: throttled}
            """;

    @Test
    void aStandaloneClusterForTheBaselineExitsTwo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("throttle.yaml"), VALID);

        CliOutcome o = CliOutcome.run(
                "experiment",
                file.toString(),
                "--cluster",
                "standalone",
                "--output",
                dir.resolve("out").toString());

        assertThat(o.exitCode()).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(o.err()).contains("not available for baseline");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownKeyExitsTwoNamingFileAndKey(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), VALID + "repetitons: 3\n");

        CliOutcome o = CliOutcome.run(
                "experiment", file.toString(), "--output", dir.resolve("out").toString());

        assertThat(o.exitCode()).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(o.err()).contains(file.toString()).contains("repetitons");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aBadSweepExitsTwoNamingFileAndKey(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), VALID + "rates: []\n");
        Path unjudged = Files.writeString(dir.resolve("unjudged.yaml"), VALID + "rates: [1000, 2000]\n");
        Path both = Files.writeString(
                dir.resolve("both.yaml"),
                VALID.replace("than: throttled}", "than: throttled, atRate: 1000}")
                        + "rates: [1000, 2000]\nworkload: {rate: 1000}\n");

        for (Path file : java.util.List.of(empty, unjudged, both)) {
            CliOutcome o = CliOutcome.run(
                    "experiment",
                    file.toString(),
                    "--output",
                    dir.resolve("out").toString());

            assertThat(o.exitCode()).as(file.toString()).isEqualTo(BenchCli.EXIT_USAGE);
            assertThat(o.err()).contains(file.toString()).containsPattern("'rates'|atRate");
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownKnobExitsTwoNamingFileAndKnob(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(
                dir.resolve("knob.yaml"), VALID.replace("baseline.throttleEventsPerSec", "baseline.throttle"));

        CliOutcome o = CliOutcome.run(
                "experiment", file.toString(), "--output", dir.resolve("out").toString());

        assertThat(o.exitCode()).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(o.err()).contains(file.toString()).contains("baseline.throttle");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void twoExperimentsWithOneNameOrNoDestinationExitTwo(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.yaml"), "name: same\n" + VALID);
        Path b = Files.writeString(dir.resolve("b.yaml"), "name: same\n" + VALID);

        assertThat(CliOutcome.run("experiment", a.toString(), b.toString(), "--output", dir.toString())
                        .exitCode())
                .isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(CliOutcome.run("experiment", a.toString()).exitCode()).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(CliOutcome.run("experiment", dir.resolve("missing.yaml").toString(), "--output", dir.toString())
                        .err())
                .contains("missing.yaml");
    }

    @Test
    void helpNamesTheVerdictsAndTheExitCodes() {
        CliOutcome o = CliOutcome.run("experiment", "--help");

        assertThat(o.exitCode()).isZero();
        assertThat(o.out()).contains("--quick", "--output", "--reports", "inconclusive", "interleaved");
    }
}
