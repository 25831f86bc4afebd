package dev.fsbench.harness.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real standalone cluster of JVMs that the harness started for one workload ({@code --cluster standalone}): a
 * Flink JobManager and TaskManagers, or a Spark Master and Workers (whose executors the workers launch). The
 * engine's job is submitted to it the way a user's job reaches their cluster, through the engine properties a user
 * would set ({@code flink.rest}, {@code spark.master}); the harness loads no engine class to run it: every role is
 * the engine's own entry point in a JVM of its own.
 */
public interface EngineCluster extends AutoCloseable {

    /** Engine properties that point the job at this cluster, e.g. {@code flink.rest=127.0.0.1:PORT}. */
    Map<String, String> submitProperties();

    /**
     * Every JVM of the cluster that runs now, with its role (executors too once the workers launched them), and
     * every one {@link #killWorker()} killed, marked with the time of its kill: it was part of the deployment until
     * then, and its flight recording's flushed chunks are still on disk.
     */
    List<ClusterProcess> processes();

    /** What the result's engineInfo shows of the cluster, e.g. its JobManager's web UI; empty by default. */
    default Map<String, String> engineInfo() {
        return Map.of();
    }

    /**
     * SIGKILLs one worker JVM (a TaskManager; a Spark Worker with its executor) and, when the engine cannot recover
     * without one, starts a replacement.
     *
     * @return the process killed
     * @throws IllegalStateException if no worker runs
     */
    ClusterProcess killWorker();

    /** Stops every JVM of the cluster (graceful, then SIGKILL). Idempotent, never throws; also run on shutdown. */
    @Override
    void close();

    /**
     * One JVM of a cluster.
     *
     * @param role    jobmanager, taskmanager, master, worker or executor
     * @param pid     its process id
     * @param logFile    its log, under the workload's directory
     * @param killedAtMs when the harness SIGKILLed it (epoch ms); null for a JVM it did not kill
     */
    record ClusterProcess(String role, long pid, Path logFile, Long killedAtMs) {

        public ClusterProcess(String role, long pid, Path logFile) {
            this(role, pid, logFile, null);
        }

        /** The same JVM, marked as SIGKILLed at {@code atMs}. */
        public ClusterProcess killedAt(long atMs) {
            return new ClusterProcess(role, pid, logFile, atMs);
        }
    }
}
