package dev.fsbench.harness.cli;

import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.experiment.Experiment;
import dev.fsbench.harness.experiment.ExperimentFiles;
import dev.fsbench.harness.experiment.ExperimentJudgement;
import dev.fsbench.harness.experiment.ExperimentReader;
import dev.fsbench.harness.experiment.ExperimentSchedule;
import dev.fsbench.harness.experiment.ExperimentSearches;
import dev.fsbench.harness.experiment.ExperimentTable;
import dev.fsbench.harness.knobs.EngineSettingsCheck;
import dev.fsbench.harness.process.ShutdownRegistry;
import dev.fsbench.harness.run.BenchmarkRun;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.RunRequest;
import dev.fsbench.harness.run.WorkloadPlan;
import dev.fsbench.results.ExperimentResult;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * bench experiment: tuning claims tested end to end. Every file is checked (keys, values, knobs against the
 * catalog) before anything starts; then all experiments run as one run's workloads, variants interleaved, and each
 * claim is judged with an interval in the one verdict vocabulary.
 */
@Command(
        name = "experiment",
        header = "Tests tuning claims end to end (experiments/*.yaml).",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs each experiment's variants (knob sets) on the same workload and seed, interleaved A B A B so drift",
            "of the machine hits every variant alike, each measured after its warm-up, then judges every claim:",
            "the ratio of the variants' run-level figures with a 95%% interval (Welch's t on the logarithms),",
            "as confirmed, stronger-than-claimed, weaker-than-claimed, no-effect, refuted or inconclusive.",
            "Exit code: 0 every experiment ran (whatever the verdicts), 1 a run failed, 2 bad input.",
            "See docs/experiments.md."
        },
        footer = {
            "",
            "Examples:",
            "  bench experiment experiments/flink-object-reuse.yaml --output /tmp/reuse",
            "  bench experiment experiments/*.yaml --quick --reports reports"
        })
public final class ExperimentCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Experiment files (experiments/*.yaml); a directory stands for its *.yaml files, by name.")
    List<Path> files;

    @Option(
            names = "--quick",
            arity = "0..1",
            description = "The files' quick settings: fewer repetitions, shorter phases (a cheaper, weaker answer,"
                    + " labelled quick in the result).")
    boolean quick;

    @Mixin
    RunTargetOptions target;

    @Mixin
    ClusterOption cluster = new ClusterOption();

    @Override
    public Integer call() throws Exception {
        Console console = new Console(System.out, target.quiet);
        target.requireOneDestination();
        ExperimentSchedule schedule = ExperimentSchedule.interleave(read(), console);
        RunRequest request = target.request(schedule.plans());
        try (AutoCloseable claim = request.claim()) {
            return run(request, schedule, console);
        }
    }

    /** Every file read and checked; two experiments with one name would share workload labels. */
    private List<Experiment> read() {
        List<Experiment> experiments = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (Path file : ExperimentFiles.expand(files)) {
            Experiment experiment = ExperimentReader.read(file, quick).withWorkloads(cluster::apply);
            Path same = names.putIfAbsent(experiment.name(), file);
            if (same != null) {
                throw new IllegalArgumentException("experiments " + same + " and " + file + " share the name '"
                        + experiment.name() + "': give one of them another name");
            }
            experiments.add(experiment);
        }
        return experiments;
    }

    private Integer run(RunRequest request, ExperimentSchedule schedule, Console console) throws Exception {
        BenchHome home = BenchHome.locate();
        List<WorkloadPlan> checked = new ArrayList<>(request.plans());
        schedule.searches().forEach(job -> checked.add(new WorkloadPlan(job.engine(), job.spec(), 1)));
        List<String> unverifiedSettings = EngineSettingsCheck.run(checked, home, console);
        ExperimentTable.printPlan(schedule, console);
        BenchmarkRun run;
        RunResult measured;
        try {
            run = BenchmarkRun.of(request, target.kafkaBackend, target.kafkaOptions(), home, console);
            unverifiedSettings.forEach(run::warn);
            measured = run.measure(
                    schedule.searches().isEmpty() ? null : new ExperimentSearches(schedule.searches(), console));
        } catch (BenchmarkRun.RunAbortedException e) {
            // Kafka could not be started or reached: a problem with the given settings, not a measurement
            System.err.println("error: " + e.getMessage());
            return BenchCli.EXIT_USAGE;
        }
        List<ExperimentResult> experiments =
                ExperimentJudgement.judge(schedule, measured.workloads(), measured.capacity());
        RunStatus status = ShutdownRegistry.isShuttingDown() ? RunStatus.INCOMPLETE : measured.status();
        RunResult result = run.finish(measured.withExperiments(
                experiments, status, measured.warnings(), Instant.now().toString()));
        request.publish(console);
        ExperimentTable.print(experiments, System.out);
        console.info("result: %s (%s)", request.runDir().resolve("result.json"), result.status());
        return result.status() == RunStatus.OK ? BenchCli.EXIT_OK : BenchCli.EXIT_FAILED;
    }
}
