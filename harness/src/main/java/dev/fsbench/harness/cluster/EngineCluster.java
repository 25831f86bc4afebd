package dev.fsbench.harness.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * The role a kill-engine fault strikes when the job lives on the cluster rather than in the engine JVM: Flink's
     * JobManager, of which the engine JVM is only the client. Empty (the default) where the engine JVM runs the job
     * itself (Spark's driver): kill-engine then SIGKILLs the engine JVM alone.
     */
    default Optional<JobHost> jobHost() {
        return Optional.empty();
    }

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

    /** The cluster's role that runs the jobs (Flink's JobManager): what kill-engine kills and an operator restarts. */
    interface JobHost {

        /** SIGKILLs it, as a crash would, and waits until it is gone; its jobs die with it (no HA here). */
        ClusterProcess kill() throws InterruptedException;

        /**
         * Starts it again with the same configuration and ports and waits until the workers are registered with it,
         * ready for the job to be submitted again.
         *
         * @return the new process
         */
        ClusterProcess restart() throws IOException, InterruptedException;

        /** Where the cluster's jobs write their checkpoints ({@code <jobId>/chk-N}): what a resubmitted job resumes from. */
        Path checkpointDir();

        /** The longest {@link #kill()} and {@link #restart()} together take before they fail (they then throw). */
        Duration restartTimeout();
    }
}
