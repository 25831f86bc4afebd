package dev.fsbench.harness.cli;

import dev.fsbench.harness.capacity.CapacityJob;
import dev.fsbench.harness.capacity.CapacityStage;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.kafka.KafkaBackends;
import dev.fsbench.harness.kafka.KafkaOptions;
import dev.fsbench.harness.knobs.EngineSettingsCheck;
import dev.fsbench.harness.knobs.KnobPlanner;
import dev.fsbench.harness.micro.MicrobenchJar;
import dev.fsbench.harness.micro.MicrobenchPlan;
import dev.fsbench.harness.micro.MicrobenchRun;
import dev.fsbench.harness.micro.MicrobenchTable;
import dev.fsbench.harness.process.ShutdownRegistry;
import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.harness.run.BenchmarkRun;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.RunIds;
import dev.fsbench.harness.run.RunRequest;
import dev.fsbench.harness.run.WorkloadPlan;
import dev.fsbench.reports.gate.GateCheck;
import dev.fsbench.reports.gate.RegressionGate;
import dev.fsbench.results.MicrobenchSection;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * bench suite: what `mvn verify -Pbench` runs. Every scenario of the suite directory on its engines, then the
 * quick JMH profile, all in one run of the reports directory, then the HTML, then (optionally) the regression
 * gate against a baseline.
 */
@Command(
        name = "suite",
        header = "Runs the suite: workloads, JMH, reports and the gate.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Runs the default benchmark suite into a reports directory, as one run: every scenario in --suite"
                + " on its engines (scenario key 'engines', default: all) at the scenario's rate, the capacity"
                + " search of the engines a scenario's 'capacity' block names (docs/capacity.md), the JMH"
                + " microbenchmarks, the HTML reports, and the regression gate if --baseline is given (exit 1 on a"
                + " regression).")
public final class SuiteCommand implements Callable<Integer> {

    private static final String MICROBENCH_DIR = "microbench";

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
            description = "Override every scenario's engines (capacity searches too), e.g. baseline,flink.")
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

    @Mixin
    ClusterOption cluster = new ClusterOption();

    @Option(
            names = {"-q", "--quiet"},
            description = "No per-second progress lines.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        BenchHome home = BenchHome.locate();
        Path suite = suiteDir != null ? suiteDir : home.root().resolve("scenarios/suite");
        Path reports = reportsDir != null ? reportsDir : home.root().resolve("reports");
        Console console = new Console(System.out, quiet);
        // everything the suite will run is checked before anything starts
        SuitePlan suitePlan = SuitePlan.read(suite, engines, cluster::apply);
        List<WorkloadPlan> plans = KnobPlanner.plan(suitePlan.workloads(), console);
        List<CapacityJob> capacityJobs = suitePlan.capacityJobs(console);
        Optional<MicrobenchPlan> microPlan = "none".equals(microbench)
                ? Optional.empty()
                : Optional.of(MicrobenchPlan.of(
                        microbench,
                        Arrays.stream(MicrobenchJar.values())
                                .map(MicrobenchJar::label)
                                .toList(),
                        null,
                        home));
        RunRequest request = RunRequest.toReports(RunIds.next(), reports, plans);
        try (AutoCloseable claim = request.claim()) {
            return run(request, capacityJobs, microPlan, home, console);
        }
    }

    private Integer run(
            RunRequest request,
            List<CapacityJob> capacityJobs,
            Optional<MicrobenchPlan> microPlan,
            BenchHome home,
            Console console)
            throws Exception {
        List<WorkloadPlan> plans = request.plans();
        String runId = request.runId();
        Path reports = request.reportsDir();
        List<WorkloadPlan> checked = new ArrayList<>(plans);
        capacityJobs.forEach(job -> checked.add(new WorkloadPlan(job.engine(), job.spec(), 1)));
        List<String> unverifiedSettings = EngineSettingsCheck.run(checked, home, console);

        RunResult result;
        BenchmarkRun run;
        try {
            run = BenchmarkRun.of(request, KafkaBackends.EMBEDDED, KafkaOptions.defaults(), home, console);
            unverifiedSettings.forEach(run::warn);
            // result.json stays RUNNING through the microbenchmarks: the run has not ended before they did
            result = run.measure(capacityJobs.isEmpty() ? null : new CapacityStage(capacityJobs, console));
        } catch (BenchmarkRun.RunAbortedException e) {
            System.err.println("error: " + e.getMessage());
            return BenchCli.EXIT_FAILED;
        }
        if (microPlan.isPresent() && !ShutdownRegistry.isShuttingDown()) {
            result = withMicrobenchmarks(result, request.runDir(), microPlan.get(), home);
        }
        result = run.finish(result);
        request.publish(console);
        console.info("suite result: %s (%s)", request.runDir().resolve(ResultWriter.RESULT_FILE), result.status());
        int exit = result.status() == RunStatus.OK ? BenchCli.EXIT_OK : BenchCli.EXIT_FAILED;
        String baseline = this.baseline != null ? this.baseline : System.getProperty("bench.baseline", "");
        if (!baseline.isBlank()) {
            int gate = new GateCheck(reports, baseline, runId, RegressionGate.DEFAULT_HISTORY_RUNS, markdown)
                    .run(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
            exit = Math.max(exit, gate);
        }
        return exit;
    }

    /** Runs the JMH jars into runDir/microbench and folds their section into this run's result. */
    private static RunResult withMicrobenchmarks(RunResult result, Path runDir, MicrobenchPlan plan, BenchHome home)
            throws IOException, InterruptedException {
        Path microDir = runDir.resolve(MICROBENCH_DIR);
        MicrobenchRun.Outcome micro =
                MicrobenchRun.execute(plan, microDir, result.runId() + "-micro", home, System.out);
        MicrobenchTable.print(micro.section(), System.out);
        List<String> warnings = new ArrayList<>(result.warnings());
        RunStatus status = result.status();
        if (micro.result().status() != RunStatus.OK) {
            warnings.add("microbenchmarks failed ("
                    + String.join("; ", micro.result().warnings()) + "): see " + microDir.resolve("logs"));
            status = RunStatus.FAILED;
        }
        return result.withMicrobenchmarks(
                underDirectory(micro.section(), MICROBENCH_DIR),
                ShutdownRegistry.isShuttingDown() ? RunStatus.INCOMPLETE : status,
                warnings,
                Instant.now().toString());
    }

    /** The section's file names are relative to the microbench directory; the suite's result sits one up. */
    private static MicrobenchSection underDirectory(MicrobenchSection section, String dir) {
        return new MicrobenchSection(
                section.profile(),
                section.wallTimeSec(),
                section.jmhResultFiles().stream().map(f -> dir + "/" + f).toList(),
                section.sizeFiles().stream().map(f -> dir + "/" + f).toList(),
                section.results(),
                section.claims());
    }
}
