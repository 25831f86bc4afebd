package dev.fsbench.harness.cli;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.knobs.EngineSettingsCheck;
import dev.fsbench.harness.knobs.KnobPlanner;
import dev.fsbench.harness.run.BenchmarkRun;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.RunRequest;
import dev.fsbench.harness.run.WorkloadPlan;
import dev.fsbench.harness.scenario.Scenario;
import dev.fsbench.harness.scenario.WorkloadDefaults;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** bench run: one run of one or more engines on one workload, written to a result directory. */
@Command(
        name = "run",
        header = "Runs engines on a workload and writes result.json.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Runs engines on a workload against Kafka and writes result.json (plus logs, latency histograms, "
                + "JFR recordings) to the output directory. Values: defaults < --scenario < flags.",
        footer = {
            "",
            "Examples:",
            "  bench run --engines baseline --rate 20000 --duration 30s --output /tmp/x",
            "  bench run --scenario scenarios/sliding-zipf.yaml --engines flink,spark-structured --reports reports",
            "  bench run --engines flink -P flink.objectReuse=true -P jvm.gc=parallel --output /tmp/reuse"
        })
public final class RunCommand implements Callable<Integer> {

    @Mixin
    WorkloadOptions workload;

    @Mixin
    RunTargetOptions target;

    @Option(names = "--rate", paramLabel = "EVENTS_PER_SEC", description = "Scheduled input rate (default 10000).")
    Long rate;

    @Option(
            names = "--rates",
            split = ",",
            paramLabel = "EVENTS_PER_SEC",
            description = {
                "Rate sweep: one workload per rate (scenario named <scenario>@<rate>), then a table of",
                "which rates each engine sustained (rate kept, every window verified, latency flat)."
            })
    List<Long> rates;

    @Option(names = "--repeat", paramLabel = "N", description = "Run each engine N times, for the spread (default 1).")
    Integer repeat;

    @Override
    public Integer call() throws Exception {
        Console console = new Console(System.out, target.quiet);
        RunRequest request = plan(console);
        try (AutoCloseable claim = request.claim()) {
            return run(request, console);
        }
    }

    private Integer run(RunRequest request, Console console) throws Exception {
        BenchHome home = BenchHome.locate();
        List<String> unverifiedSettings = EngineSettingsCheck.run(request.plans(), home, console);
        try {
            BenchmarkRun run =
                    BenchmarkRun.of(request, target.kafkaBackend, target.kafkaOptions(workload), home, console);
            unverifiedSettings.forEach(run::warn);
            RunResult result = run.execute();
            request.publish(console);
            if (rates != null) {
                SweepTable.print(result, System.out);
            }
            console.info("result: %s (%s)", request.runDir().resolve("result.json"), result.status());
            return result.status() == RunStatus.OK ? BenchCli.EXIT_OK : BenchCli.EXIT_FAILED;
        } catch (BenchmarkRun.RunAbortedException e) {
            // Kafka could not be started or reached: a problem with the given settings, not a measurement
            System.err.println("error: " + e.getMessage());
            return BenchCli.EXIT_USAGE;
        }
    }

    /** The run as planned: every setting checked before anything starts (exit code 2 on bad input). */
    RunRequest plan(Console console) {
        target.requireOneDestination();
        Scenario merged = workload.merged(rate, repeat);
        WorkloadSpec spec = WorkloadDefaults.toSpec(merged, workload.defaultScenarioName());
        int repetitions = WorkloadDefaults.repeat(merged);
        if (rates != null && rate != null) {
            throw new IllegalArgumentException("give --rate or --rates, not both");
        }
        List<WorkloadSpec> specs = rates == null
                ? List.of(spec)
                : rates.stream()
                        .map(r -> spec.withRate(r).withScenario(spec.scenario() + "@" + r))
                        .toList();
        List<WorkloadPlan> plans =
                KnobPlanner.plan(WorkloadPlan.expand(WorkloadDefaults.engines(merged), specs, repetitions), console);
        return target.request(plans);
    }
}
