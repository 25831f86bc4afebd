package dev.fsbench.harness.cluster;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.ClusterSettings;
import dev.fsbench.api.knobs.FlinkSettings;
import java.util.List;

/** {@code --cluster standalone} for Flink: a {@link FlinkStandaloneCluster}, whose client is the engine JVM. */
final class FlinkStandaloneLauncher implements ClusterLauncher {

    @Override
    public List<String> submitKeys() {
        return List.of(FlinkSettings.REST.key());
    }

    /** The engine JVM only submits the job, watches it over REST and stops it: Flink's client. */
    @Override
    public String engineRole() {
        return "client";
    }

    @Override
    public List<String> problems(WorkloadSpec workload, ClusterSettings settings) {
        if (workload.parallelism() > settings.totalSlots()) {
            return List.of("parallelism " + workload.parallelism() + " needs " + workload.parallelism()
                    + " task slots, but the standalone Flink cluster has " + settings.totalSlots() + " ("
                    + ClusterSettings.WORKERS.key() + "=" + settings.workers() + " x "
                    + ClusterSettings.SLOTS_PER_WORKER.key() + "=" + settings.slotsPerWorker() + ")");
        }
        return List.of();
    }

    @Override
    public EngineCluster start(ClusterRequest request) throws java.io.IOException, InterruptedException {
        try {
            return FlinkStandaloneCluster.start(request);
        } catch (java.io.IOException | InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new java.io.IOException(e.getMessage(), e);
        }
    }
}
