package dev.fsbench.harness.cli;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.ClusterSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --cluster local|standalone} (a picocli mixin of run, capacity, suite and experiment): sets the
 * {@code cluster.mode} knob of every workload the command runs, over what a scenario or experiment file says.
 */
public final class ClusterOption {

    @Option(
            names = "--cluster",
            paramLabel = "local|standalone",
            description = "local: each engine in its own JVM (default). standalone: the harness starts a real"
                    + " standalone cluster per workload (Flink: JobManager + TaskManagers; Spark: Master + Workers,"
                    + " whose executors the workers launch; see cluster.* knobs,"
                    + " docs/clusters.md) and submits the job to it (cluster.mode).")
    String cluster;

    /** The knob to add to every workload's engine properties; empty without the option. */
    Map<String, String> properties() {
        return cluster == null ? Map.of() : Map.of(ClusterSettings.MODE.key(), cluster);
    }

    /** {@code workload} with the option's knob set (unchanged without the option). */
    WorkloadSpec apply(WorkloadSpec workload) {
        if (cluster == null) {
            return workload;
        }
        Map<String, String> properties = new LinkedHashMap<>(workload.engineProperties());
        properties.putAll(properties());
        return workload.withEngineProperties(properties);
    }
}
