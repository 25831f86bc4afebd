package dev.fsbench.harness.cluster;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.ClusterSettings;
import java.io.IOException;
import java.util.List;

/**
 * How one engine's standalone cluster is started ({@code --cluster standalone}); registered per engine in
 * {@link ClusterLaunchers}. Implementations describe and start the roles with {@link ClusterJvms}; they never load
 * an engine class in the harness.
 */
public interface ClusterLauncher {

    /**
     * The engine properties {@link EngineCluster#submitProperties()} sets (e.g. {@code flink.rest}): a workload
     * that sets one itself names another cluster, which contradicts {@code --cluster standalone}.
     */
    List<String> submitKeys();

    /** Role of the engine's own JVM when its job runs on the cluster: {@code client} (Flink), {@code driver} (Spark). */
    String engineRole();

    /** What stops {@code workload} from running on a cluster of {@code settings}, e.g. too few slots; empty if nothing. */
    default List<String> problems(WorkloadSpec workload, ClusterSettings settings) {
        return List.of();
    }

    /**
     * Starts every role and returns once the cluster accepts the job (its workers registered). A cluster that does
     * not come up is stopped before the exception leaves.
     */
    EngineCluster start(ClusterRequest request) throws IOException, InterruptedException;
}
