package dev.fsbench.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link EngineMain} hands an engine's job: the job from {@code job.json}, the directory every file the
 * engine makes goes under ({@link JobSpec#workDir()}), and the sink for its time series.
 */
public record EngineContext(JobSpec job, Path workDir, MetricSink metrics) {

    public EngineContext {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(metrics, "metrics");
    }

    public WorkloadSpec workload() {
        return job.workload();
    }

    /**
     * Where the engine's temp files and local state go (e.g. Flink's io.tmp.dirs, Spark's spark.local.dir):
     * {@value EngineSession#TEMP_DIR} in the work directory, which the harness deletes once the engine JVM has
     * exited. Only what must be kept (checkpoints, archives, event logs) goes elsewhere in {@link #workDir()}.
     */
    public Path tempDir() {
        return workDir.resolve(EngineSession.TEMP_DIR);
    }
}
