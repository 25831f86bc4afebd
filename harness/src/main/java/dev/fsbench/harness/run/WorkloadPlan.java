package dev.fsbench.harness.run;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.EngineDriver;
import dev.fsbench.harness.engine.EngineDrivers;
import java.util.ArrayList;
import java.util.List;

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
        return plans;
    }

    /** Directory and topic-safe name, unique within a run. */
    public String label() {
        String base = engine.name() + "-" + spec.scenario().replaceAll("[^A-Za-z0-9._-]", "_");
        return repetition > 1 ? base + "-" + repetition : base;
    }
}
