package dev.fsbench.harness.cli;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.capacity.CapacityJob;
import dev.fsbench.harness.capacity.CapacityStage;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.knobs.EngineSettingsCheck;
import dev.fsbench.harness.knobs.KnobPlanner;
import dev.fsbench.harness.run.BenchmarkRun;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.RunRequest;
import dev.fsbench.harness.run.WorkloadPlan;
import dev.fsbench.harness.scenario.DurationText;
import dev.fsbench.harness.scenario.PercentText;
import dev.fsbench.harness.scenario.Scenario;
import dev.fsbench.harness.scenario.WorkloadDefaults;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** bench capacity: each engine's maximum sustainable rate on one workload (docs/capacity.md). */
@Command(
        name = "capacity",
        header = "Finds each engine's maximum sustainable rate on a workload.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Searches each engine's maximum sustainable rate on a workload: a stepped ramp in one engine"
                + " instance, a finer ramp in a fresh one, then a confirming fixed-rate run (docs/capacity.md)."
                + " Measures the generator's own ceiling first and says what limited each search (engine,"
                + " generator, collector, machine). Writes result.json with a capacity section. Exit 0 when every"
                + " search completed (ruler-limited included), 1 when an engine failed, 2 on bad input.",
        footer = {
            "",
            "Examples:",
            "  bench capacity --engines baseline,flink --scenario scenarios/many-windows.yaml --output /tmp/cap",
            "  bench capacity --engines baseline -P baseline.throttleEventsPerSec=20000 --output /tmp/calibrate",
            "  bench capacity --engines flink --latency-slo 2s --max-rate 500000 --reports reports"
        })
public final class CapacityCommand implements Callable<Integer> {

    @Mixin
    WorkloadOptions workload;

    @Mixin
    RunTargetOptions target;

    @Option(
            names = "--start-rate",
            paramLabel = "EVENTS_PER_SEC",
            description = "First step of the ramp (default: the scenario's rate, else 10000).")
    Long startRate;

    @Option(
            names = "--max-rate",
            paramLabel = "EVENTS_PER_SEC",
            description = "Never ask for more (default: 90 % of the generator's own ceiling, measured first).")
    Long maxRate;

    @Option(
            names = "--step",
            paramLabel = "DURATION",
            defaultValue = "10s",
            description =
                    "Length of each ramp step (default ${DEFAULT-VALUE}; at least 8s and at least the window size).")
    String step;

    @Option(
            names = "--precision",
            paramLabel = "PERCENT",
            defaultValue = "10%",
            description = "Refine in steps of this share of the rate: the answer lies within it of the capacity"
                    + " (default ${DEFAULT-VALUE}; 5% to 50%). Coarser searches start fewer probes.")
    String precision;

    @Override
    public Integer call() throws Exception {
        Console console = new Console(System.out, target.quiet);
        Planned planned = plan(console);
        try (AutoCloseable claim = planned.request().claim()) {
            return run(planned, console);
        }
    }

    private Integer run(Planned planned, Console console) throws Exception {
        BenchHome home = BenchHome.locate();
        List<String> unverifiedSettings = EngineSettingsCheck.run(planned.plans(), home, console);
        try {
            // no fixed-rate workloads of its own: the searches run their probes as workloads of their own
            RunRequest request = planned.request();
            BenchmarkRun run = BenchmarkRun.of(
                    new RunRequest(request.runId(), request.runDir(), request.reportsDir(), List.of()),
                    target.kafkaBackend,
                    target.kafkaOptions(workload),
                    home,
                    console);
            unverifiedSettings.forEach(run::warn);
            RunResult result = run.execute(new CapacityStage(planned.jobs(), console));
            request.publish(console);
            console.info("result: %s (%s)", request.runDir().resolve("result.json"), result.status());
            return result.status() == RunStatus.OK ? BenchCli.EXIT_OK : BenchCli.EXIT_FAILED;
        } catch (BenchmarkRun.RunAbortedException e) {
            System.err.println("error: " + e.getMessage());
            return BenchCli.EXIT_USAGE;
        }
    }

    /** Every search as planned, every setting checked before anything starts (exit code 2 on bad input). */
    Planned plan(Console console) {
        target.requireOneDestination();
        if (startRate != null && startRate <= 0) {
            throw new IllegalArgumentException("--start-rate must be > 0, got " + startRate);
        }
        Scenario merged = workload.merged(startRate, null);
        WorkloadSpec spec = WorkloadDefaults.toSpec(merged, workload.defaultScenarioName());
        if (HarnessSettings.RATE_PROFILE.isSet(spec)) {
            throw new IllegalArgumentException("bench capacity ramps its own rates: a rate profile (rateProfile,"
                    + " harness.rateProfile) is for bench run");
        }
        if (HarnessSettings.FAULTS.isSet(spec)) {
            throw new IllegalArgumentException("bench capacity takes no faults (--fault, a scenario's faults): each"
                    + " probe's verdict would measure the fault, not the rate; inject faults with bench run"
                    + " (docs/failures.md)");
        }
        long stepMs = DurationText.toMillis("--step", step);
        double share = PercentText.toShare("--precision", precision);
        List<WorkloadPlan> plans =
                KnobPlanner.plan(WorkloadPlan.expand(WorkloadDefaults.engines(merged), List.of(spec), 1), console);
        List<CapacityJob> jobs = plans.stream()
                .map(p -> new CapacityJob(p.engine(), p.spec(), maxRate, stepMs, share))
                .toList();
        return new Planned(target.request(plans), plans, jobs);
    }

    record Planned(RunRequest request, List<WorkloadPlan> plans, List<CapacityJob> jobs) {}
}
