package dev.fsbench.api.knobs;

import dev.fsbench.api.WorkloadSpec;
import java.util.List;

/**
 * Where a workload's engine runs: in one local JVM (Flink's MiniCluster, Spark's {@code local[N]}, the baseline's
 * thread) or on a real standalone cluster the harness starts for the workload and tears down after it (a Flink
 * JobManager and TaskManagers, a Spark Master and Workers). The {@code cluster.*} knobs, read by the harness; the
 * CLI's {@code --cluster local|standalone} sets {@link #MODE}.
 *
 * @param mode           {@link #LOCAL} or {@link #STANDALONE}
 * @param workers        worker JVMs of a standalone cluster (TaskManagers, Spark Workers)
 * @param slotsPerWorker task slots per TaskManager, cores per Spark Worker
 * @param workerMemory   memory of each worker, in Flink's and Spark's common syntax (e.g. 1g)
 */
public record ClusterSettings(String mode, int workers, int slotsPerWorker, String workerMemory) {

    public static final String LOCAL = "local";
    public static final String STANDALONE = "standalone";

    public static final Knob<String> MODE = Knob.of(
                    "cluster.mode",
                    KnobType.choice(LOCAL, STANDALONE),
                    "local: the engine runs in its own JVM (Flink's MiniCluster, Spark's local[N]). standalone: the"
                            + " harness starts a real standalone cluster for each workload (Flink: a JobManager and"
                            + " cluster.workers TaskManagers; Spark: a Master and cluster.workers Workers), submits"
                            + " the job to it as flink.rest / spark.master would, and stops it afterwards; every"
                            + " JVM of it is measured (processes[]). Refused for engines without a cluster (CLI:"
                            + " --cluster).")
            .withDefault(LOCAL);

    public static final Knob<Integer> WORKERS = Knob.of(
                    "cluster.workers",
                    KnobType.intAtLeast(1),
                    "Worker JVMs of a standalone cluster: Flink TaskManagers, Spark Workers.")
            .withDefault(2)
            .readBy(Engines.FLINK, Engines.SPARK_STRUCTURED, Engines.SPARK_DSTREAM);

    public static final Knob<Integer> SLOTS_PER_WORKER = Knob.of(
                    "cluster.slotsPerWorker",
                    KnobType.intAtLeast(1),
                    "Task slots per Flink TaskManager, cores per Spark Worker, on a standalone cluster. The job's"
                            + " parallelism needs workers x slots of them.")
            .withDefault(1)
            .readBy(Engines.FLINK, Engines.SPARK_STRUCTURED, Engines.SPARK_DSTREAM);

    public static final Knob<String> WORKER_MEMORY = Knob.of(
                    "cluster.workerMemory",
                    KnobType.MEMORY_SIZE,
                    "Memory of each worker of a standalone cluster: a TaskManager's total process memory"
                            + " (taskmanager.memory.process.size), a Spark Worker's memory for its executors.")
            .withDefault("1g")
            .readBy(Engines.FLINK, Engines.SPARK_STRUCTURED, Engines.SPARK_DSTREAM);

    public static final List<Knob<?>> KNOBS = List.of(MODE, WORKERS, SLOTS_PER_WORKER, WORKER_MEMORY);

    /** The cluster settings of {@code workload}, defaults filled in. */
    public static ClusterSettings of(WorkloadSpec workload) {
        return new ClusterSettings(
                MODE.get(workload),
                WORKERS.get(workload),
                SLOTS_PER_WORKER.get(workload),
                WORKER_MEMORY.get(workload).replace(" ", ""));
    }

    /** True when the harness starts a standalone cluster for the workload. */
    public boolean standalone() {
        return STANDALONE.equals(mode);
    }

    /** Slots (Flink) or cores (Spark) of the whole cluster. */
    public int totalSlots() {
        return workers * slotsPerWorker;
    }
}
