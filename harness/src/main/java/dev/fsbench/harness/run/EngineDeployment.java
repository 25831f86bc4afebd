package dev.fsbench.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.fsbench.api.knobs.ClusterSettings;
import dev.fsbench.harness.cluster.ClusterJvms;
import dev.fsbench.harness.cluster.ClusterLaunchers;
import dev.fsbench.harness.cluster.ClusterRequest;
import dev.fsbench.harness.cluster.EngineCluster;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.EngineProcess;
import dev.fsbench.harness.engine.RestartableEngine;
import dev.fsbench.harness.process.ShutdownRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one workload's engine runs: its own JVM alone ({@code cluster.mode=local}), or that JVM submitting to a
 * standalone cluster the harness started for the workload ({@code --cluster standalone}), which this class starts
 * before the engine and stops after it, also when the workload failed or the harness is interrupted (the cluster
 * is registered with {@link ShutdownRegistry}).
 */
public final class EngineDeployment implements AutoCloseable {

    /** Role of the engine JVM in local mode, where it is the whole deployment. */
    public static final String LOCAL_ROLE = "engine";

    private final String engine;
    private final EngineCluster cluster;
    private final String failure;
    private List<EngineCluster.ClusterProcess> lastProcesses = List.of();

    private EngineDeployment(String engine, EngineCluster cluster, String failure) {
        this.engine = engine;
        this.cluster = cluster;
        this.failure = failure;
    }

    /** In local mode nothing starts; on a standalone cluster every role does, and the workers registered. */
    static EngineDeployment start(WorkloadPlan plan, Path workloadDir, BenchHome home, Console console) {
        String engine = plan.engine().name();
        ClusterSettings settings = ClusterSettings.of(plan.spec());
        if (!settings.standalone()) {
            return new EngineDeployment(engine, null, null);
        }
        console.info(
                "[%s] starting a standalone %s cluster (%d workers x %d slots, %s each)",
                plan.label(), engine, settings.workers(), settings.slotsPerWorker(), settings.workerMemory());
        try {
            EngineCluster cluster = ClusterLaunchers.start(
                    engine, new ClusterRequest(plan.spec(), settings, ClusterRequest.dirOf(workloadDir), home));
            ShutdownRegistry.register(cluster);
            return new EngineDeployment(engine, cluster, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new EngineDeployment(engine, null, "interrupted while the " + engine + " cluster started");
        } catch (Exception e) {
            return new EngineDeployment(engine, null, "the " + engine + " cluster did not start: " + e.getMessage());
        }
    }

    /** Why the cluster did not start, if it did not: the workload fails with this reason. */
    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * The cluster the engine's job runs on, while it runs; empty in local mode. The seam for faults that strike
     * the cluster ({@link EngineCluster#killWorker()}).
     */
    public Optional<EngineCluster> cluster() {
        return Optional.ofNullable(cluster);
    }

    /** Engine properties that send the job to the cluster (none in local mode), added to the job's workload. */
    Map<String, String> submitProperties() {
        return cluster == null ? Map.of() : cluster.submitProperties();
    }

    /** The engine's ready info with what the cluster shows of itself (e.g. its web UI) added. */
    Map<String, JsonNode> withClusterInfo(Map<String, JsonNode> engineInfo) {
        if (cluster == null) {
            return engineInfo;
        }
        Map<String, JsonNode> info = new LinkedHashMap<>(engineInfo);
        cluster.engineInfo().forEach((key, value) -> info.put(key, TextNode.valueOf(value)));
        return info;
    }

    /** The engine JVM's role: {@value #LOCAL_ROLE} in local mode, the launcher's (client, driver) on a cluster. */
    String engineRole() {
        return cluster == null
                ? LOCAL_ROLE
                : ClusterLaunchers.of(engine).map(l -> l.engineRole()).orElse(LOCAL_ROLE);
    }

    /** Stops the cluster, if any, remembering its JVMs first. Idempotent, never throws. */
    @Override
    public void close() {
        if (cluster != null) {
            if (lastProcesses.isEmpty()) {
                lastProcesses = cluster.processes();
            }
            cluster.close();
            ShutdownRegistry.unregister(cluster);
        }
    }

    /**
     * Every JVM of the deployment, for {@code processes[]}: the engine JVM ({@code engine}, null if it never
     * started) in {@code workloadDir}, then the cluster's as they were when it stopped, a worker a fault killed
     * before then among them, marked with the time of its kill.
     */
    List<DeployedJvm> jvms(RestartableEngine engine, Path workloadDir) {
        List<DeployedJvm> jvms = new ArrayList<>();
        if (engine != null) {
            jvms.add(new DeployedJvm(engineRole(), EngineProcess.LABEL, engine.pid(), workloadDir));
        }
        for (EngineCluster.ClusterProcess process : lastProcesses) {
            jvms.add(new DeployedJvm(
                    process.role(),
                    ClusterJvms.label(process),
                    process.pid(),
                    process.logFile().getParent(),
                    process.killedAtMs()));
        }
        return jvms;
    }
}
