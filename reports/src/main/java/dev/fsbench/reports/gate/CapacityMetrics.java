package dev.fsbench.reports.gate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fsbench.reports.RunRecord;
import dev.fsbench.results.CapacityResult;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.util.Map;

/**
 * Each capacity search's maximum sustainable rate as a metric, keyed {@code capacity/<engine>/<scenario>/...}.
 * Searches that failed or sustained nothing have no figure, so they are not compared (the gate compares capacity
 * only where both runs have it). The configuration digest is the scenario's workload configuration without the
 * rate and durations, which a capacity search sets itself; without a fixed-rate workload, the scenario's name.
 */
final class CapacityMetrics {
    static final String FIGURE = "maxSustainableEventsPerSec";

    private CapacityMetrics() {}

    static void extract(RunRecord run, Map<String, Observation> out) {
        for (CapacityResult c : run.result().capacity()) {
            Double max = c.maxSustainableEventsPerSec();
            if (c.failureReason() != null || max == null || !Double.isFinite(max)) {
                continue;
            }
            String name = c.engine() + "/" + c.scenario();
            MetricExtractor.put(
                    out,
                    new Observation(
                            "capacity/" + name + "/" + FIGURE,
                            "capacity " + name,
                            "max sustainable rate",
                            "events/s",
                            Direction.HIGHER_IS_BETTER,
                            MetricKind.capacity(c.resolutionOrDefault()),
                            new double[] {max},
                            new double[] {Double.NaN},
                            digest(run, c),
                            c.lowerBoundOnly()));
        }
    }

    private static String digest(RunRecord run, CapacityResult c) {
        for (WorkloadResult w : run.workloads()) {
            if (w.status() != RunStatus.INVALID
                    && w.config() != null
                    && c.engine().equals(w.engine())
                    && c.scenario().equals(w.scenario())) {
                ObjectNode config = (ObjectNode) ResultJson.tree(w.config());
                config.remove(java.util.List.of("ratePerSec", "durationMs", "warmupMs"));
                return MetricExtractor.digest(config);
            }
        }
        return MetricExtractor.digest(ResultJson.tree(c.scenario()));
    }
}
