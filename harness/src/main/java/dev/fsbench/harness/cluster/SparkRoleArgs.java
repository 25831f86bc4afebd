package dev.fsbench.harness.cluster;

import java.nio.file.Path;
import java.util.List;

/**
 * The command lines of a standalone cluster's roles, as Spark's {@code start-master.sh} and
 * {@code start-worker.sh} would run them, on loopback.
 */
final class SparkRoleArgs {

    static final String MASTER_CLASS = "org.apache.spark.deploy.master.Master";
    static final String WORKER_CLASS = "org.apache.spark.deploy.worker.Worker";
    /** The main class of the executor JVMs a Worker launches. */
    static final String EXECUTOR_CLASS = "org.apache.spark.executor.CoarseGrainedExecutorBackend";

    private SparkRoleArgs() {}

    static List<String> master(SparkMasterAddress master) {
        return List.of(
                "--host",
                master.host(),
                "--port",
                Integer.toString(master.port()),
                "--webui-port",
                Integer.toString(master.webUiPort()));
    }

    /**
     * A worker offering {@code cores} and {@code memory} to executors, its executors' working directories (their
     * stdout, stderr and fetched jars) under {@code workDir}. Its own RPC and web UI ports are 0: the kernel picks
     * them as it binds, so several workers never race for one port; the master learns them when it registers.
     */
    static List<String> worker(SparkMasterAddress master, int cores, String memory, Path workDir) {
        return List.of(
                "--host",
                master.host(),
                "--port",
                "0",
                "--webui-port",
                "0",
                "--cores",
                Integer.toString(cores),
                "--memory",
                memory,
                "--work-dir",
                workDir.toAbsolutePath().toString(),
                master.url());
    }
}
