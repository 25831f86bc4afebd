package dev.fsbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input exits with code 2 and a message naming the problem, before anything is started. */
class RunCommandValidationTest {

    @Test
    void unknownEngine(@TempDir Path dir) {
        CliOutcome o = CliOutcome.run("run", "--engines", "storm", "--output", dir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("unknown engine 'storm'").contains("baseline");
    }

    @Test
    void zeroOrNegativeRate(@TempDir Path dir) {
        assertThat(CliOutcome.run("run", "--rate", "0", "--output", dir.toString())
                        .err())
                .contains("rate must be > 0");
        CliOutcome negative = CliOutcome.run("run", "--rate", "-10", "--output", dir.toString());
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("rate must be > 0");
    }

    @Test
    void slideLargerThanSize(@TempDir Path dir) {
        CliOutcome o = CliOutcome.run("run", "--window-size", "1s", "--window-slide", "5s", "--output", dir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("window slide (5000 ms) must not exceed window size (1000 ms)");
    }

    @Test
    void windowSizeNotAMultipleOfTheSlide(@TempDir Path dir) throws Exception {
        CliOutcome flags =
                CliOutcome.run("run", "--window-size", "2500ms", "--window-slide", "1s", "--output", dir.toString());
        assertThat(flags.exitCode()).isEqualTo(2);
        assertThat(flags.err())
                .contains("window size (2500 ms) must be a multiple of the window slide (1000 ms)")
                .contains("2000 ms or 3000 ms");
        assertThat(dir.resolve("result.json")).as("nothing started").doesNotExist();

        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, "rate: 100\nwindow: {size: 1s, slide: 300ms}\n");
        CliOutcome file = CliOutcome.run("run", "--scenario", scenario.toString(), "--output", dir.toString());
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).contains("window size (1000 ms) must be a multiple of the window slide (300 ms)");
    }

    @Test
    void negativeOrAbsurdPayload(@TempDir Path dir) {
        CliOutcome negative = CliOutcome.run("run", "--payload-bytes", "-1", "--output", dir.toString());
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err())
                .contains("payload bytes must be between 0 and 1000000")
                .contains("got -1");
        CliOutcome absurd = CliOutcome.run("run", "--payload-bytes", "50000000", "--output", dir.toString());
        assertThat(absurd.exitCode()).isEqualTo(2);
        assertThat(absurd.err()).contains("1 MiB record limit").contains("got 50000000");
    }

    @Test
    void unknownYamlKey(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, "rate: 100\nwindw: {size: 1s}\n");
        CliOutcome o = CliOutcome.run("run", "--scenario", scenario.toString(), "--output", dir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("unknown key 'windw'");
    }

    @Test
    void unreadableScenario(@TempDir Path dir) {
        CliOutcome o =
                CliOutcome.run("run", "--scenario", dir.resolve("missing.yaml").toString(), "--output", dir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("missing.yaml").contains("cannot be read");
    }

    @Test
    void unknownKafkaBackend(@TempDir Path dir) {
        CliOutcome o = CliOutcome.run("run", "--kafka", "zookeeper", "--output", dir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("zookeeper");
    }

    @Test
    void unreachableExternalKafkaFailsFastWithItsAddress(@TempDir Path dir) {
        long start = System.nanoTime();
        CliOutcome o = CliOutcome.run(
                "run", "--kafka", "external", "--bootstrap-servers", "127.0.0.1:1", "--output", dir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
    }

    @Test
    void rateAndRatesAreExclusive(@TempDir Path dir) {
        CliOutcome o = CliOutcome.run("run", "--rate", "10", "--rates", "10,20", "--output", dir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("--rate or --rates");
    }

    @Test
    void outputAndReportsAreExclusive(@TempDir Path dir) {
        CliOutcome o = CliOutcome.run("run", "--output", dir.toString(), "--reports", dir.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("exactly one of --output DIR or --reports DIR");
    }

    @Test
    void aScenarioNameOutsideTheAllowedSet(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, "name: \"a b</script><img src=x onerror=alert(1)>\"\nrate: 100\n");
        Path out = dir.resolve("out");
        CliOutcome o = CliOutcome.run("run", "--scenario", scenario.toString(), "--output", out.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err())
                .contains("scenario " + scenario)
                .contains("scenario name 'a b</script><img src=x onerror=alert(1)>' is not allowed")
                .contains("A-Z a-z 0-9 . _ -");
        assertThat(out).as("nothing started").doesNotExist();
    }

    @Test
    void aScenarioFileWhoseFileNameIsNoAllowedName(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("my scenario.yaml");
        Files.writeString(scenario, "rate: 100\n");
        Path out = dir.resolve("out");
        CliOutcome o = CliOutcome.run("run", "--scenario", scenario.toString(), "--output", out.toString());
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("my scenario.yaml has no name: key").contains("'my scenario' is not allowed");
        assertThat(out).as("nothing started").doesNotExist();
    }

    @Test
    void unknownFlagIsAUsageError() {
        CliOutcome o = CliOutcome.run("run", "--rat", "5");
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("--rat");
    }

    @Test
    void helpListsTheFlags() {
        CliOutcome o = CliOutcome.run("run", "--help");
        assertThat(o.exitCode()).isZero();
        assertThat(o.out()).contains("--engines", "--rate", "--scenario", "--kafka", "--bootstrap-servers");
    }
}
