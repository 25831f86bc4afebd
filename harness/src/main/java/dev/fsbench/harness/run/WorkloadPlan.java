package dev.fsbench.harness.run;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.EngineDriver;
import dev.fsbench.harness.engine.EngineDrivers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One engine on one workload; {@code repetition} tells repeated runs of the same pair apart (from 1). */
public record WorkloadPlan(EngineDriver engine, WorkloadSpec spec, int repetition) {

    /** Every engine (by CLI name) on every spec, each repeated {@code repetitions} times, engine by engine. */
    public static List<WorkloadPlan> expand(List<String> engineNames, List<WorkloadSpec> specs, int repetitions) {
        List<WorkloadPlan> plans = new ArrayList<>();
        for (String engine : engineNames) {
            EngineDriver driver = EngineDrivers.byName(engine.trim());
            for (WorkloadSpec spec : specs) {
                for (int i = 1; i <= repetitions; i++) {
                    plans.add(new WorkloadPlan(driver, spec, i));
                }
            }
        }
        return requireDistinctLabels(plans);
    }

    /**
     * Refuses plans two of which would share a label, hence a directory and topics: scenario {@code a} repeated
     * twice and scenario {@code a-2} both give {@code flink-a-2}.
     */
    public static List<WorkloadPlan> requireDistinctLabels(List<WorkloadPlan> plans) {
        Map<String, WorkloadPlan> byLabel = new HashMap<>();
        for (WorkloadPlan plan : plans) {
            WorkloadPlan same = byLabel.putIfAbsent(plan.label(), plan);
            if (same != null) {
                throw new IllegalArgumentException("workloads " + same.describe() + " and " + plan.describe()
                        + " would share the label '" + plan.label() + "' (its directory and topics): rename one"
                        + " scenario");
            }
        }
        return plans;
    }

    private String describe() {
        return engine.name() + " on scenario '" + spec.scenario() + "' (repetition " + repetition + ")";
    }

    /** Directory and topic-safe name, unique within a run. */
    public String label() {
        String base = engine.name() + "-" + spec.scenario().replaceAll("[^A-Za-z0-9._-]", "_");
        return repetition > 1 ? base + "-" + repetition : base;
    }
}
