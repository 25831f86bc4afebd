package dev.fsbench.harness.cli;

import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.harness.kafka.KafkaBackends;
import dev.fsbench.harness.kafka.KafkaOptions;
import dev.fsbench.harness.micro.MicrobenchCommand;
import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.harness.run.BenchmarkRun;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.RunIds;
import dev.fsbench.harness.run.RunRequest;
import dev.fsbench.harness.run.WorkloadPlan;
import dev.fsbench.harness.scenario.Scenario;
import dev.fsbench.harness.scenario.ScenarioReader;
import dev.fsbench.harness.scenario.WorkloadDefaults;
import dev.fsbench.reports.cli.CompareCommand;
import dev.fsbench.results.MicrobenchSection;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * bench suite: what `mvn verify -Pbench` runs. Every scenario of the suite directory on its engines, then the
 * quick JMH profile, all in one run of the reports directory, then the HTML, then (optionally) the regression
 * gate against a baseline.
 */
@Command(
        name = "suite",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs the default benchmark suite into a reports directory: every scenario in --suite on its",
            "engines (scenario key 'engines', default: all), the JMH microbenchmarks, the HTML reports, and the",
            "regression gate if --baseline is given (exit 1 on a regression)."
        })
public final class SuiteCommand implements Callable<Integer> {

    @Option(
            names = "--suite",
            paramLabel = "DIR",
            description = "Scenario directory (default: <checkout>/scenarios/suite).")
    Path suiteDir;

    @Option(names = "--reports", paramLabel = "DIR", description = "Reports directory (default: <checkout>/reports).")
    Path reportsDir;

    @Option(
            names = "--engines",
            split = ",",
            paramLabel = "ENGINE",
            description = "Override every scenario's engines, e.g. baseline,flink.")
    List<String> engines;

    @Option(
            names = "--microbench",
            paramLabel = "quick|full|none",
            defaultValue = "quick",
            description = "JMH profile to include (default: ${DEFAULT-VALUE}).")
    String microbench;

    @Option(
            names = "--baseline",
            paramLabel = "<runId|history>",
            description = {
                "Compare the new run with this run, or with the history of its environment",
                "(default: system property bench.baseline, as set by mvn verify -Pbench -Dbench.baseline=...)."
            })
    String baseline;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Where the gate writes its Markdown summary.")
    Path markdown;

    @Option(
            names = {"-q", "--quiet"},
            description = "No per-second progress lines.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        BenchHome home = BenchHome.locate();
        Path suite = suiteDir != null ? suiteDir : home.root().resolve("scenarios/suite");
        Path reports = reportsDir != null ? reportsDir : home.root().resolve("reports");
        List<WorkloadPlan> plans = plans(suite);
        String runId = RunIds.next();
        RunRequest request = RunRequest.toReports(runId, reports, plans);
        Console console = new Console(System.out, quiet);

        RunResult result;
        try {
            result = new BenchmarkRun(
                            runId,
                            request.runDir(),
                            plans,
                            KafkaBackends.create(
                                    KafkaBackends.EMBEDDED,
                                    KafkaOptions.defaults()
                                            .withLogDir(request.runDir().resolve("kafka"))),
                            home,
                            console)
                    .execute();
        } catch (BenchmarkRun.RunAbortedException e) {
            System.err.println("error: " + e.getMessage());
            return BenchCli.EXIT_FAILED;
        }
        if (!"none".equals(microbench)) {
            result = withMicrobenchmarks(result, request.runDir(), runId);
        }
        request.publish(console);
        console.info("suite result: %s (%s)", request.runDir().resolve(ResultWriter.RESULT_FILE), result.status());
        int exit = result.status() == RunStatus.OK ? BenchCli.EXIT_OK : BenchCli.EXIT_FAILED;
        String baseline = this.baseline != null ? this.baseline : System.getProperty("bench.baseline", "");
        if (!baseline.isBlank()) {
            List<String> args = new ArrayList<>(
                    List.of("--baseline", baseline, "--current", runId, "--reports", reports.toString()));
            if (markdown != null) {
                args.addAll(List.of("--markdown", markdown.toString()));
            }
            int gate = new CommandLine(new CompareCommand()).execute(args.toArray(String[]::new));
            exit = Math.max(exit, gate);
        }
        return exit;
    }

    private List<WorkloadPlan> plans(Path suite) throws IOException {
        if (!Files.isDirectory(suite)) {
            throw new IllegalArgumentException("suite directory " + suite + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(suite)) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("suite directory " + suite + " holds no .yaml scenario");
        }
        List<WorkloadPlan> plans = new ArrayList<>();
        for (Path file : files) {
            Scenario scenario = ScenarioReader.read(file);
            var spec = WorkloadDefaults.toSpec(
                    scenario, file.getFileName().toString().replaceFirst("\\.yaml$", ""));
            List<String> names = engines != null
                    ? engines
                    : scenario.engines() != null ? scenario.engines() : List.copyOf(EngineDrivers.names());
            plans.addAll(WorkloadPlan.expand(names, List.of(spec), WorkloadDefaults.repeat(scenario)));
        }
        return plans;
    }

    /** Runs the JMH jars into runDir/microbench and folds their summary into this run's result. */
    private RunResult withMicrobenchmarks(RunResult result, Path runDir, String runId) throws IOException {
        Path microDir = runDir.resolve("microbench");
        int exit = new CommandLine(new MicrobenchCommand())
                .execute("--profile", microbench, "--output", microDir.toString(), "--run-id", runId + "-micro");
        MicrobenchSection micro =
                ResultJson.read(microDir.resolve(ResultWriter.RESULT_FILE)).microbenchmarks();
        if (micro != null) {
            // file names in the section are relative to the microbench directory; the suite's result sits one up
            String prefix = microDir.getFileName() + "/";
            micro = new MicrobenchSection(
                    micro.profile(),
                    micro.wallTimeSec(),
                    micro.jmhResultFiles().stream().map(f -> prefix + f).toList(),
                    micro.sizeFiles().stream().map(f -> prefix + f).toList(),
                    micro.results(),
                    micro.claims());
        }
        List<String> warnings = new ArrayList<>(result.warnings());
        RunStatus status = result.status();
        if (exit != 0) {
            warnings.add("microbenchmarks failed (exit " + exit + "): see " + microDir.resolve("logs"));
            status = RunStatus.FAILED;
        }
        RunResult merged = new RunResult(
                result.schemaVersion(),
                result.runId(),
                result.startedAt(),
                java.time.Instant.now().toString(),
                status,
                warnings,
                result.environment(),
                result.kafka(),
                result.workloads(),
                result.harness(),
                micro);
        ResultWriter.write(merged, runDir);
        return merged;
    }
}
