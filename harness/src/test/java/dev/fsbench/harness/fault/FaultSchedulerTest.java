package dev.fsbench.harness.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.cluster.EngineCluster;
import dev.fsbench.harness.engine.RestartableEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Closing waits for a kill-engine under way as long as it can take before it fails: the cluster's restart where
 * the cluster runs the job, then the engine JVM's kill and the new one's harness.readyTimeoutMs. A fixed wait ran
 * out before a slow restart did.
 */
class FaultSchedulerTest {

    @Test
    void closingWaitsOutTheLongestRestartOfTheEngineAndItsCluster() {
        Duration clusterRestart = Duration.ofSeconds(250);
        long readyTimeoutMs = 600_000;
        FaultScheduler faults = new FaultScheduler(
                job(Map.of("harness.readyTimeoutMs", Long.toString(readyTimeoutMs))),
                null,
                null,
                () -> Optional.of(clusterWhoseJobHostRestartsWithin(clusterRestart)),
                line -> {});

        assertThat(faults.closeWait())
                .isGreaterThan(clusterRestart.plus(RestartableEngine.restartTimeout(readyTimeoutMs)));
    }

    @Test
    void inLocalModeOnlyTheEngineRestartCounts() {
        FaultScheduler faults = new FaultScheduler(job(Map.of()), null, null, Optional::empty, line -> {});

        assertThat(faults.closeWait())
                .as("harness.readyTimeoutMs's default")
                .isGreaterThan(RestartableEngine.restartTimeout(180_000));
    }

    private static JobSpec job(Map<String, String> properties) {
        return new JobSpec(
                "test",
                "flink",
                new WorkloadSpec(
                        "faults",
                        1000,
                        10_000,
                        1_000,
                        new WindowSpec(1000, 1000),
                        100,
                        KeyDistribution.UNIFORM,
                        0,
                        0,
                        1,
                        1,
                        42,
                        properties),
                "127.0.0.1:9",
                Map.of(),
                "in",
                "out",
                "engine");
    }

    private static EngineCluster clusterWhoseJobHostRestartsWithin(Duration restart) {
        EngineCluster.JobHost host = new EngineCluster.JobHost() {
            @Override
            public EngineCluster.ClusterProcess kill() {
                throw new UnsupportedOperationException();
            }

            @Override
            public EngineCluster.ClusterProcess restart() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Path checkpointDir() {
                return Path.of("flink-checkpoints");
            }

            @Override
            public Duration restartTimeout() {
                return restart;
            }
        };
        return new EngineCluster() {
            @Override
            public Map<String, String> submitProperties() {
                return Map.of();
            }

            @Override
            public List<ClusterProcess> processes() {
                return List.of();
            }

            @Override
            public ClusterProcess killWorker() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<JobHost> jobHost() {
                return Optional.of(host);
            }

            @Override
            public void close() {}
        };
    }
}
