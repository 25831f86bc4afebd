package dev.fsbench.reports.html;

import dev.fsbench.results.ExperimentRun;
import dev.fsbench.results.WorkloadResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds each experiment run's entry of {@code workloads[]} by its label. The harness labels a workload
 * {@code <engine>-<scenario>[-<repetition>]} (scenario characters outside {@code [A-Za-z0-9._-]} as {@code _}), and
 * a run's workloads of one engine and scenario are in repetition order, so the k-th such entry is repetition k.
 * A result lacking a workload (an interrupted run) leaves its runs unmatched: the page then draws what the runs'
 * own figures say and nothing from the workload.
 */
final class ExperimentWorkloads {
    private final Map<String, WorkloadResult> byLabel = new HashMap<>();

    private ExperimentWorkloads(List<WorkloadResult> workloads) {
        Map<String, Integer> seen = new HashMap<>();
        for (WorkloadResult w : workloads) {
            if (w.engine() == null || w.scenario() == null) {
                continue;
            }
            int repetition = seen.merge(w.engine() + "\n" + w.scenario(), 1, Integer::sum);
            byLabel.putIfAbsent(label(w.engine(), w.scenario(), repetition), w);
        }
    }

    static ExperimentWorkloads of(List<WorkloadResult> workloads) {
        return new ExperimentWorkloads(workloads == null ? List.of() : workloads);
    }

    /** The harness's label of a workload (WorkloadPlan.label). */
    static String label(String engine, String scenario, int repetition) {
        String base = engine + "-" + scenario.replaceAll("[^A-Za-z0-9._-]", "_");
        return repetition > 1 ? base + "-" + repetition : base;
    }

    /** The run's workload, or null when the result does not have it. */
    WorkloadResult of(ExperimentRun run) {
        return run.workload() == null ? null : byLabel.get(run.workload());
    }

    /**
     * The rate offered to the run, events/s: the run's own {@code rate} when the result records it, else the rate
     * its workload was configured with (results written before experiments recorded a rate); null when neither
     * is known.
     */
    Double rate(ExperimentRun run) {
        if (run.rate() != null) {
            return run.rate();
        }
        WorkloadResult w = of(run);
        if (w == null) {
            return null;
        }
        if (w.config() != null && w.config().ratePerSec() > 0) {
            return (double) w.config().ratePerSec();
        }
        return w.generator() == null || w.generator().requestedRatePerSec() <= 0
                ? null
                : (double) w.generator().requestedRatePerSec();
    }
}
