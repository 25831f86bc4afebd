package dev.fsbench.harness.experiment;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.capacity.CapacityJob;
import dev.fsbench.harness.capacity.CapacityStage;
import dev.fsbench.harness.capacity.CapacitySummary;
import dev.fsbench.harness.capacity.EngineSearch;
import dev.fsbench.harness.generator.GeneratorCeiling;
import dev.fsbench.harness.kafka.KafkaBackend;
import dev.fsbench.harness.kafka.KafkaBackendException;
import dev.fsbench.harness.process.ShutdownRegistry;
import dev.fsbench.harness.run.BenchmarkRun;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.WorkloadRunner;
import dev.fsbench.results.CapacityResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The experiments' capacity searches, after the fixed-rate workloads on the same broker, in the schedule's
 * interleaved order (A B A B): each is the capacity machinery's own search ({@link EngineSearch}: ramp, refine,
 * confirm; docs/capacity.md), so its result is also in result.json's {@code capacity[]}. The generator's own
 * ceiling, which bounds every search, is measured once per distinct workload before its first search.
 */
public final class ExperimentSearches implements BenchmarkRun.AfterWorkloads {

    private final List<CapacityJob> jobs;
    private final Console console;

    public ExperimentSearches(List<CapacityJob> jobs, Console console) {
        this.jobs = List.copyOf(jobs);
        this.console = console;
    }

    @Override
    public void run(WorkloadRunner runner, KafkaBackend kafka, Consumer<CapacityResult> done)
            throws KafkaBackendException {
        Map<WorkloadSpec, Double> ceilings = new HashMap<>();
        for (CapacityJob job : jobs) {
            if (ShutdownRegistry.isShuttingDown()) {
                return;
            }
            WorkloadSpec shape = generatorShape(job.spec());
            Double ceiling = ceilings.get(shape);
            if (ceiling == null) {
                console.info(
                        "[capacity %s] measuring the generator's own ceiling...",
                        job.spec().scenario());
                ceiling = GeneratorCeiling.measure(kafka, job.spec(), CapacityStage.CEILING_MEASURE_MS);
                console.info(
                        "[capacity %s] generator alone: %,.0f ev/s", job.spec().scenario(), ceiling);
                ceilings.put(shape, ceiling);
            }
            CapacityResult result = new EngineSearch(job, ceiling, console).run(runner);
            done.accept(result);
            console.info("[capacity %s] %s", result.scenario(), CapacitySummary.line(result));
        }
    }

    /** What the generator's work depends on: the workload and the harness's settings, not the engine's knobs. */
    private static WorkloadSpec generatorShape(WorkloadSpec spec) {
        Map<String, String> harness = new HashMap<>();
        spec.engineProperties().forEach((key, value) -> {
            if (key.startsWith("harness.")) {
                harness.put(key, value);
            }
        });
        return spec.withScenario("ceiling").withRate(1).withEngineProperties(harness);
    }
}
