package dev.fsbench.harness.cli;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.capacity.CapacityJob;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.harness.knobs.KnobPlanner;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.WorkloadPlan;
import dev.fsbench.harness.scenario.DurationText;
import dev.fsbench.harness.scenario.PercentText;
import dev.fsbench.harness.scenario.Scenario;
import dev.fsbench.harness.scenario.ScenarioName;
import dev.fsbench.harness.scenario.ScenarioReader;
import dev.fsbench.harness.scenario.WorkloadDefaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What a suite directory asks for: each scenario's fixed-rate workloads (key {@code engines}, default all; an
 * empty list runs none) and the capacity searches of its {@code capacity} block, if any.
 */
record SuitePlan(
        List<WorkloadPlan> workloads, List<Scenario> scenarios, List<WorkloadSpec> specs, List<String> override) {

    static SuitePlan read(Path suite, List<String> engineOverride) throws IOException {
        return read(suite, engineOverride, UnaryOperator.identity());
    }

    /** As above, with {@code specOverride} applied to every scenario's workload (e.g. {@code --cluster}). */
    static SuitePlan read(Path suite, List<String> engineOverride, UnaryOperator<WorkloadSpec> specOverride)
            throws IOException {
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
        List<Scenario> scenarios = new ArrayList<>();
        List<WorkloadSpec> specs = new ArrayList<>();
        Map<String, Path> fileByName = new HashMap<>();
        for (Path file : files) {
            Scenario scenario = ScenarioReader.read(file);
            String name = scenario.name() != null ? scenario.name() : ScenarioName.fromFileName(file);
            Path same = fileByName.putIfAbsent(name, file);
            if (same != null) {
                // their workloads' labels, hence their directories and topics, would be the same
                throw new IllegalArgumentException("scenarios " + same + " and " + file + " have the same name '" + name
                        + "': give each scenario of a suite its own name:");
            }
            WorkloadSpec spec = specOverride.apply(WorkloadDefaults.toSpec(scenario, name));
            List<String> names = engineOverride != null
                    ? engineOverride
                    : scenario.engines() != null ? scenario.engines() : List.copyOf(EngineDrivers.names());
            plans.addAll(WorkloadPlan.expand(names, List.of(spec), WorkloadDefaults.repeat(scenario)));
            scenarios.add(scenario);
            specs.add(spec);
        }
        return new SuitePlan(WorkloadPlan.requireDistinctLabels(plans), scenarios, specs, engineOverride);
    }

    /** The capacity searches, their knobs checked like the workloads' (exit code 2 on bad input). */
    List<CapacityJob> capacityJobs(Console console) {
        List<CapacityJob> jobs = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario.CapacityText capacity = scenarios.get(i).capacity();
            if (capacity == null) {
                continue;
            }
            WorkloadSpec spec = specs.get(i);
            if (capacity.startRate() != null) {
                spec = spec.withRate(capacity.startRate());
            }
            List<String> names = override != null
                    ? override
                    : capacity.engines() != null ? capacity.engines() : List.copyOf(EngineDrivers.names());
            long stepMs = capacity.step() == null
                    ? CapacityJob.DEFAULT_STEP_MS
                    : DurationText.toMillis("capacity step", capacity.step());
            double precision = capacity.precision() == null
                    ? CapacityJob.DEFAULT_PRECISION
                    : PercentText.toShare("capacity precision", capacity.precision());
            for (WorkloadPlan plan : KnobPlanner.plan(WorkloadPlan.expand(names, List.of(spec), 1), console)) {
                jobs.add(new CapacityJob(plan.engine(), plan.spec(), capacity.maxRate(), stepMs, precision));
            }
        }
        return jobs;
    }
}
