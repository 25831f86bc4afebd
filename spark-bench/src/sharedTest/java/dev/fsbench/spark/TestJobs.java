package dev.fsbench.spark;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import java.nio.file.Path;
import java.util.Map;

/** Jobs for tests that run the engines' pipelines without Kafka. */
final class TestJobs {

    /** A second boundary in the past, so test event times are epoch-aligned and readable as offsets. */
    static final long BASE_MS = 1_700_000_000_000L;

    private TestJobs() {}

    static WorkloadSpec workload(WindowSpec window, long outOfOrdernessMs, Map<String, String> engineProperties) {
        return new WorkloadSpec(
                "test",
                100,
                10_000,
                0,
                window,
                10,
                KeyDistribution.UNIFORM,
                0,
                outOfOrdernessMs,
                2,
                2,
                42,
                engineProperties);
    }

    static JobSpec job(String engine, Path workDir, WorkloadSpec workload) {
        return new JobSpec("test-run", engine, workload, "127.0.0.1:9", Map.of(), "in", "out", workDir.toString());
    }
}
