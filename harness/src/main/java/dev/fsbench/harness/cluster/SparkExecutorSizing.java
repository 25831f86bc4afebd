package dev.fsbench.harness.cluster;

import java.util.List;
import java.util.Map;

/**
 * The Spark properties that send a job to the harness's standalone cluster and shape its executors so they fit
 * the workers: one executor per worker with all its cores and memory, and no more cores in total than the cluster
 * has (a replacement worker then gets the executor of a killed one: the application still lacks those cores).
 *
 * @param masterUrl           {@code spark://127.0.0.1:P}
 * @param workers             workers of the cluster
 * @param coresPerWorker      cores each worker offers
 * @param workerMemory        memory each worker offers its executors, e.g. {@code 1g}
 * @param executorJavaOptions extra JVM options of every executor (telemetry), with Spark's placeholders
 */
record SparkExecutorSizing(
        String masterUrl, int workers, int coresPerWorker, String workerMemory, List<String> executorJavaOptions) {

    static final String MASTER = "spark.master";
    static final String EXECUTOR_CORES = "spark.executor.cores";
    static final String EXECUTOR_MEMORY = "spark.executor.memory";
    static final String CORES_MAX = "spark.cores.max";
    static final String EXECUTOR_JAVA_OPTIONS = "spark.executor.extraJavaOptions";

    SparkExecutorSizing {
        executorJavaOptions = List.copyOf(executorJavaOptions);
    }

    Map<String, String> submitProperties() {
        return Map.of(
                MASTER,
                masterUrl,
                EXECUTOR_CORES,
                Integer.toString(coresPerWorker),
                // a worker's --memory is what its executors may take in total: one executor's heap is all of it
                EXECUTOR_MEMORY,
                workerMemory,
                CORES_MAX,
                Integer.toString(workers * coresPerWorker),
                // Spark splits this value at whitespace (honouring quotes); the options carry no spaces
                EXECUTOR_JAVA_OPTIONS,
                String.join(" ", executorJavaOptions));
    }
}
