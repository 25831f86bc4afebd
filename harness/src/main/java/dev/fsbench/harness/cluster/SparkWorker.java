package dev.fsbench.harness.cluster;

import java.nio.file.Path;
import java.util.List;

/**
 * One Worker JVM of a Spark standalone cluster.
 *
 * @param jvm     the worker's JVM
 * @param workDir its {@code --work-dir}: one directory per application and executor, with each executor's stdout,
 *                stderr and fetched jars
 */
record SparkWorker(ClusterJvm jvm, Path workDir) {

    /** The executors it runs now. */
    List<SparkExecutors.Launched> executors(Path clusterDir) {
        return ProcessHandle.of(jvm.pid())
                .map(worker -> SparkExecutors.of(worker, workDir, clusterDir))
                .orElse(List.of());
    }
}
