package dev.fsbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `bench capacity` on bad input: exit 2 and a message naming the problem, before anything starts. */
class CapacityCommandValidationTest {

    private static void assertUsageError(CliOutcome o, String message, Path dir) throws Exception {
        assertThat(o.exitCode()).as(o.err()).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(o.err()).contains(message);
        try (var files = Files.list(dir)) {
            assertThat(files).as("nothing written before the check").isEmpty();
        }
    }

    @Test
    void aScenarioNameOutsideTheAllowedSet(@TempDir Path dir) throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("in"));
        Path scenario = Files.writeString(scenarios.resolve("s.yaml"), "name: a/b\n");
        Path out = dir.resolve("out");
        CliOutcome o = CliOutcome.run(
                "capacity", "--engines", "baseline", "--scenario", scenario.toString(), "--output", out.toString());
        assertThat(o.exitCode()).as(o.err()).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(o.err()).contains("scenario " + scenario).contains("scenario name 'a/b' is not allowed");
        assertThat(out).as("nothing written before the check").doesNotExist();
    }

    @Test
    void aMaxRateOfZero(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertUsageError(
                CliOutcome.run("capacity", "--engines", "baseline", "--max-rate", "0", "--output", out.toString()),
                "--max-rate must be > 0",
                dir);
    }

    @Test
    void aStepTooShortToJudge(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertUsageError(
                CliOutcome.run("capacity", "--engines", "baseline", "--step", "5s", "--output", out.toString()),
                "at least 8 s",
                dir);
    }

    @Test
    void aPrecisionOutsideFiveToFiftyPercentOrWithoutItsSign(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertUsageError(
                CliOutcome.run("capacity", "--engines", "baseline", "--precision", "60%", "--output", out.toString()),
                "between 5 % and 50 %, got 60.0 %",
                dir);
        assertUsageError(
                CliOutcome.run("capacity", "--engines", "baseline", "--precision", "0.2", "--output", out.toString()),
                "--precision: '0.2' is not a percentage",
                dir);
    }

    @Test
    void aStepShorterThanTheWindow(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertUsageError(
                CliOutcome.run(
                        "capacity",
                        "--engines",
                        "baseline",
                        "--window-size",
                        "10s",
                        "--window-slide",
                        "100ms",
                        "--step",
                        "8s",
                        "--output",
                        out.toString()),
                "at least the window size (10000 ms)",
                dir);
    }

    @Test
    void aLatencySloThatIsNoDuration(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertUsageError(
                CliOutcome.run(
                        "capacity", "--engines", "baseline", "--latency-slo", "fast", "--output", out.toString()),
                "--latency-slo: 'fast' is not a duration",
                dir);
    }

    @Test
    void anUnknownEngine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertUsageError(
                CliOutcome.run("capacity", "--engines", "storm", "--output", out.toString()),
                "unknown engine 'storm'",
                dir);
    }

    @Test
    void noDestination(@TempDir Path dir) throws Exception {
        assertUsageError(
                CliOutcome.run("capacity", "--engines", "baseline"),
                "exactly one of --output DIR or --reports DIR",
                dir);
    }

    @Test
    void runsSharedFlagsAreAccepted() {
        CliOutcome o = CliOutcome.run("capacity", "--help");
        assertThat(o.exitCode()).isZero();
        assertThat(o.out())
                .contains("--engines", "--scenario", "--latency-slo", "--max-rate", "--window-size", "-P", "--output");
    }
}
