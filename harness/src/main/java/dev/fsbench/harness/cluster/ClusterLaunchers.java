package dev.fsbench.harness.cluster;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.ClusterSettings;
import dev.fsbench.api.knobs.Engines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The engines the harness can start a standalone cluster for, by CLI name. {@code --cluster standalone} for any
 * other engine (the baseline has no cluster) is refused when the run is planned, before anything starts, and so is
 * a workload that names a cluster of its own too ({@code --flink-rest}, {@code --spark-master}).
 */
public final class ClusterLaunchers {

    private static final Map<String, ClusterLauncher> LAUNCHERS = new TreeMap<>(Map.of(
            Engines.FLINK, new FlinkStandaloneLauncher(),
            Engines.SPARK_STRUCTURED, new SparkClusterLauncher(),
            Engines.SPARK_DSTREAM, new SparkClusterLauncher()));

    private ClusterLaunchers() {}

    public static boolean supports(String engine) {
        return LAUNCHERS.containsKey(engine);
    }

    /** The launcher of {@code engine}'s cluster, if it has one. */
    public static Optional<ClusterLauncher> of(String engine) {
        return Optional.ofNullable(LAUNCHERS.get(engine));
    }

    /**
     * Why {@code engine} cannot run {@code workload} as its {@code cluster.*} knobs ask; empty if it can (always in
     * local mode).
     */
    public static List<String> problems(String engine, WorkloadSpec workload) {
        ClusterSettings settings = ClusterSettings.of(workload);
        if (!settings.standalone()) {
            return List.of();
        }
        ClusterLauncher launcher = LAUNCHERS.get(engine);
        if (launcher == null) {
            return List.of("--cluster standalone (" + ClusterSettings.MODE.key() + "=" + ClusterSettings.STANDALONE
                    + ") is not available for " + engine + ": the harness starts standalone clusters for "
                    + String.join(", ", LAUNCHERS.keySet()) + " only; run " + engine + " with --cluster local");
        }
        List<String> problems = new ArrayList<>();
        for (String key : launcher.submitKeys()) {
            if (workload.engineProperties().containsKey(key)) {
                problems.add("--cluster standalone starts a cluster for " + engine + " and sets " + key
                        + " itself; it cannot be combined with " + key + "="
                        + workload.engineProperties().get(key)
                        + " (a cluster of your own): drop one of them");
            }
        }
        problems.addAll(launcher.problems(workload, settings));
        return problems;
    }

    /**
     * Starts {@code engine}'s cluster.
     *
     * @throws IllegalStateException if the engine has none (planning refuses that before anything starts)
     */
    public static EngineCluster start(String engine, ClusterRequest request) throws IOException, InterruptedException {
        ClusterLauncher launcher =
                of(engine).orElseThrow(() -> new IllegalStateException("no standalone cluster for " + engine));
        return launcher.start(request);
    }
}
