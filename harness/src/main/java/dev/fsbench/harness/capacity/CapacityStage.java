package dev.fsbench.harness.capacity;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.generator.GeneratorCeiling;
import dev.fsbench.harness.kafka.KafkaBackend;
import dev.fsbench.harness.kafka.KafkaBackendException;
import dev.fsbench.harness.run.BenchmarkRun;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.WorkloadRunner;
import dev.fsbench.results.CapacityResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The capacity searches of a run, after its workloads and on the same Kafka: per scenario the generator's own
 * ceiling first (the ruler's limit, {@link GeneratorCeiling}), then every engine's search, then each result's
 * ratio to the baseline engine's on that scenario.
 */
public final class CapacityStage implements BenchmarkRun.AfterWorkloads {

    /** How long the generator alone is measured, after its own short warm-up. */
    public static final long CEILING_MEASURE_MS = 5_000;

    /**
     * The search asks for at most this share of the generator's solo ceiling: with an engine on the same cores
     * the generator gets less CPU than alone, and right at its ceiling it lags by definition.
     */
    static final double CEILING_SHARE = 0.9;

    private final List<CapacityJob> jobs;
    private final Console console;
    private final List<CapacityResult> results = new ArrayList<>();

    public CapacityStage(List<CapacityJob> jobs, Console console) {
        this.jobs = List.copyOf(jobs);
        this.console = console;
    }

    @Override
    public void run(WorkloadRunner runner, KafkaBackend kafka, Consumer<CapacityResult> done)
            throws KafkaBackendException {
        Map<String, List<CapacityJob>> byScenario = new LinkedHashMap<>();
        jobs.forEach(job -> byScenario
                .computeIfAbsent(job.spec().scenario(), s -> new ArrayList<>())
                .add(job));
        for (List<CapacityJob> scenarioJobs : byScenario.values()) {
            WorkloadSpec spec = scenarioJobs.get(0).spec();
            console.info("[capacity %s] measuring the generator's own ceiling...", spec.scenario());
            double ceiling = GeneratorCeiling.measure(kafka, spec, CEILING_MEASURE_MS);
            console.info("[capacity %s] generator alone: %,.0f ev/s", spec.scenario(), ceiling);
            List<CapacityResult> found = new ArrayList<>();
            for (CapacityJob job : scenarioJobs) {
                found.add(new EngineSearch(job, ceiling, console).run(runner));
            }
            for (CapacityResult result : BaselineRatio.apply(found)) {
                results.add(result);
                done.accept(result);
                console.info("[capacity %s] %s", result.scenario(), CapacitySummary.line(result));
            }
        }
    }

    public List<CapacityResult> results() {
        return List.copyOf(results);
    }
}
