package dev.fsbench.harness.cluster;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.ClusterSettings;
import dev.fsbench.harness.engine.BenchHome;
import java.nio.file.Path;

/**
 * One workload's cluster to start.
 *
 * @param workload its {@code jvm.*} knobs (heap, collector, flight recording) apply to every role JVM
 * @param settings workers, slots and memory
 * @param dir      where the roles' logs, recordings, configuration and temp dirs go (inside the workload's directory)
 * @param home     the checkout, whose engine module's classpath the roles run from
 */
public record ClusterRequest(WorkloadSpec workload, ClusterSettings settings, Path dir, BenchHome home) {

    /** The directory of a workload's cluster, inside the workload's directory. */
    public static Path dirOf(Path workloadDir) {
        return workloadDir.resolve("cluster");
    }
}
