package dev.fsbench.harness.run;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.EngineDriver;

/** One engine on one workload; {@code repetition} tells repeated runs of the same pair apart (from 1). */
public record WorkloadPlan(EngineDriver engine, WorkloadSpec spec, int repetition) {

    /** Directory and topic-safe name, unique within a run. */
    public String label() {
        String base = engine.name() + "-" + spec.scenario().replaceAll("[^A-Za-z0-9._-]", "_");
        return repetition > 1 ? base + "-" + repetition : base;
    }
}
