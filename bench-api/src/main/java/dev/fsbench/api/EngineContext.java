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
}
