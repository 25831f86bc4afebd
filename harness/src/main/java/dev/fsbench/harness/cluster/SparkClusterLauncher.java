package dev.fsbench.harness.cluster;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.ClusterSettings;
import dev.fsbench.api.knobs.SparkSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Spark's standalone cluster for both Spark engines: a Master and {@code cluster.workers} Workers, the job
 * submitted through {@code spark.master}, its driver in the engine JVM (client mode), its executors launched by
 * the workers.
 */
final class SparkClusterLauncher implements ClusterLauncher {

    /** Settings the cluster derives from the {@code cluster.*} knobs: a workload setting them would be overridden. */
    static final List<String> SIZING_KEYS = List.of(
            SparkExecutorSizing.EXECUTOR_CORES, SparkExecutorSizing.EXECUTOR_MEMORY, SparkExecutorSizing.CORES_MAX);

    @Override
    public List<String> submitKeys() {
        return List.of(SparkSettings.MASTER.key());
    }

    @Override
    public String engineRole() {
        return "driver";
    }

    @Override
    public List<String> problems(WorkloadSpec workload, ClusterSettings settings) {
        List<String> problems = new ArrayList<>();
        for (String key : SIZING_KEYS) {
            if (workload.engineProperties().containsKey(key)) {
                problems.add("--cluster standalone sizes Spark's executors from the cluster.* knobs (one executor"
                        + " per worker: cluster.slotsPerWorker cores, cluster.workerMemory); drop " + key + "="
                        + workload.engineProperties().get(key) + " and set those instead");
            }
        }
        long mib = SparkMemory.mebibytes(settings.workerMemory());
        if (mib < SparkMemory.MIN_EXECUTOR_MIB) {
            problems.add(ClusterSettings.WORKER_MEMORY.key() + "=" + settings.workerMemory() + " is below the "
                    + SparkMemory.MIN_EXECUTOR_MIB + " MiB Spark needs for an executor (1.5 x its reserved"
                    + " 300 MiB): give the workers at least 450m");
        }
        return problems;
    }

    @Override
    public EngineCluster start(ClusterRequest request) throws IOException, InterruptedException {
        return SparkStandaloneCluster.start(request);
    }
}
