package dev.fsbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.EngineDriver;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.harness.engine.VerificationMode;
import dev.fsbench.harness.run.Console;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The suite checks what it will run, its microbenchmarks included, before it starts anything. */
class SuiteCommandTest {

    @Test
    void anUnknownMicrobenchmarkProfileExits2BeforeAnyWorkloadRuns(@TempDir Path dir) throws Exception {
        Path suite = Files.createDirectories(dir.resolve("suite"));
        Files.writeString(suite.resolve("one.yaml"), "name: one\nengines: [baseline]\nrate: 1000\n");
        Path reports = dir.resolve("reports");
        StringWriter err = new StringWriter();
        CommandLine cli = BenchCli.commandLine();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute(
                "suite", "--suite", suite.toString(), "--reports", reports.toString(), "--microbench", "medium");

        assertThat(exit).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(err.toString()).contains("unknown profile 'medium'");
        assertThat(reports).doesNotExist();
    }

    @Test
    void anEmptySuiteDirectoryExits2(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = BenchCli.commandLine();
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute(
                        "suite",
                        "--suite",
                        dir.toString(),
                        "--reports",
                        dir.resolve("r").toString()))
                .isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(err.toString()).contains("holds no .yaml scenario");
    }

    @Test
    void aScenarioNameOutsideTheAllowedSetExits2BeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Path suite = Files.createDirectories(dir.resolve("suite"));
        Files.writeString(suite.resolve("1-ok.yaml"), "name: ok\nengines: [baseline]\n");
        Files.writeString(suite.resolve("2-bad.yaml"), "name: \"bad name\"\nengines: [baseline]\n");
        Path reports = dir.resolve("reports");

        CliOutcome o = CliOutcome.run("suite", "--suite", suite.toString(), "--reports", reports.toString());

        assertThat(o.exitCode()).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(o.err()).contains("2-bad.yaml").contains("scenario name 'bad name' is not allowed");
        assertThat(reports).doesNotExist();
    }

    @Test
    void twoScenariosOfOneNameExit2BeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Path suite = Files.createDirectories(dir.resolve("suite"));
        Files.writeString(suite.resolve("1-a.yaml"), "name: same\nengines: [baseline]\n");
        Files.writeString(suite.resolve("same.yaml"), "engines: [baseline]\nrate: 500\n");
        Path reports = dir.resolve("reports");

        CliOutcome o = CliOutcome.run("suite", "--suite", suite.toString(), "--reports", reports.toString());

        assertThat(o.exitCode()).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(o.err()).contains("1-a.yaml").contains("same.yaml").contains("the same name 'same'");
        assertThat(reports).doesNotExist();
    }

    @Test
    void aRepeatedScenarioWhoseLabelAnotherScenarioTakesExits2BeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Path suite = Files.createDirectories(dir.resolve("suite"));
        Files.writeString(suite.resolve("1-a.yaml"), "name: a\nengines: [baseline]\nrepeat: 2\n");
        Files.writeString(suite.resolve("2-a2.yaml"), "name: a-2\nengines: [baseline]\n");
        Path reports = dir.resolve("reports");

        CliOutcome o = CliOutcome.run("suite", "--suite", suite.toString(), "--reports", reports.toString());

        assertThat(o.exitCode()).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(o.err()).contains("would share the label 'baseline-a-2'");
        assertThat(reports).doesNotExist();
    }

    @Test
    void aCapacityBlockWithAnUnknownKeyExits2BeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Path suite = Files.createDirectories(dir.resolve("suite"));
        Files.writeString(
                suite.resolve("cap.yaml"), "name: cap\nengines: []\ncapacity: {engines: [baseline], maxRat: 9}\n");
        Path reports = dir.resolve("reports");

        CliOutcome o = CliOutcome.run("suite", "--suite", suite.toString(), "--reports", reports.toString());

        assertThat(o.exitCode()).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(o.err()).contains("unknown key 'maxRat'");
        assertThat(reports).doesNotExist();
    }

    @Test
    void aStandaloneClusterForTheBaselinesCapacitySearchExits2(@TempDir Path dir) throws Exception {
        Path suite = Files.createDirectories(dir.resolve("suite"));
        Files.writeString(suite.resolve("cap.yaml"), "name: cap\nengines: []\ncapacity: {engines: [baseline]}\n");
        Path reports = dir.resolve("reports");

        CliOutcome o = CliOutcome.run(
                "suite", "--suite", suite.toString(), "--cluster", "standalone", "--reports", reports.toString());

        assertThat(o.exitCode()).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(o.err()).contains("not available for baseline");
        assertThat(reports).doesNotExist();
    }

    @Test
    void aCapacityBlockWithAStepTooShortExits2(@TempDir Path dir) throws Exception {
        Path suite = Files.createDirectories(dir.resolve("suite"));
        Files.writeString(
                suite.resolve("cap.yaml"), "name: cap\nengines: []\ncapacity: {engines: [flink], step: 1s}\n");

        CliOutcome o = CliOutcome.run(
                "suite",
                "--suite",
                suite.toString(),
                "--reports",
                dir.resolve("r").toString());

        assertThat(o.exitCode()).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(o.err()).contains("at least 8 s");
    }

    @Test
    void theDefaultSuiteReadsAndPlansItsCapacitySearch() throws Exception {
        Path suite = BenchHome.locate().root().resolve("scenarios/suite");
        SuitePlan plan = SuitePlan.read(suite, null);
        var jobs = plan.capacityJobs(new Console(System.out, true));
        assertThat(jobs)
                .extracting(j -> j.engine().name())
                .containsExactly("baseline", "flink", "spark-structured", "spark4-structured", "kafka-streams");
        assertThat(jobs)
                .allSatisfy(j -> assertThat(j.spec().window().windowsPerEvent()).isEqualTo(100));
        // the block's coarser precision reaches every search (capacity.precision: 20%)
        assertThat(jobs).allSatisfy(j -> assertThat(j.precision()).isEqualTo(0.20));
        assertThat(plan.workloads())
                .allSatisfy(w -> assertThat(w.spec().ratePerSec()).isEqualTo(50_000));
    }

    /**
     * A new engine is in the default suite as soon as it is registered, or this fails naming the scenario to add it
     * to: every engine runs the tumbling workload at the common rate, and every event-time engine (verified window
     * by window) runs the sliding Zipf workload and is searched for its capacity on the sliding many-windows one.
     */
    @Test
    void everyRegisteredEngineTakesPartInTheDefaultSuite() throws Exception {
        Path suite = BenchHome.locate().root().resolve("scenarios/suite");
        SuitePlan plan = SuitePlan.read(suite, null);
        List<String> all = List.copyOf(EngineDrivers.names());
        List<String> eventTime = EngineDrivers.all().stream()
                .filter(d -> d.verificationMode() == VerificationMode.EXACT)
                .map(EngineDriver::name)
                .toList();

        assertThat(plan.capacityJobs(new Console(System.out, true)))
                .as("capacity.engines of 3-many-windows-capacity.yaml")
                .extracting(j -> j.engine().name())
                .containsExactlyInAnyOrderElementsOf(eventTime);
        assertThat(enginesOf(plan, "tumbling-uniform"))
                .as("engines of 1-tumbling-uniform.yaml")
                .containsExactlyInAnyOrderElementsOf(all);
        assertThat(enginesOf(plan, "sliding-zipf"))
                .as("engines of 2-sliding-zipf.yaml")
                .containsExactlyInAnyOrderElementsOf(eventTime);
    }

    private static List<String> enginesOf(SuitePlan plan, String scenario) {
        return plan.workloads().stream()
                .filter(w -> w.spec().scenario().equals(scenario))
                .map(w -> w.engine().name())
                .toList();
    }
}
