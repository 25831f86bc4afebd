package dev.fsbench.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/**
 * flink.rest: the job goes to an already running session cluster through its REST address (here a
 * MiniCluster standing in for one) instead of a MiniCluster of its own, with the knobs that are per job.
 */
class RemoteSessionClusterTest {

    @Test
    void submitsToTheSessionClusterNamedByFlinkRest() throws Exception {
        Configuration clusterConfig = new Configuration();
        clusterConfig.set(RestOptions.BIND_ADDRESS, FlinkCluster.LOOPBACK);
        clusterConfig.set(RestOptions.ADDRESS, FlinkCluster.LOOPBACK);
        clusterConfig.set(RestOptions.BIND_PORT, "0");
        try (MiniCluster session = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(clusterConfig)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(2)
                .build())) {
            session.start();
            URI restUri = session.getRestAddress().get();
            FlinkKnobs knobs = FlinkKnobs.from(FlinkKnobsTest.workload(
                    2, Map.of("flink.rest", restUri.getHost() + ":" + restUri.getPort(), "flink.objectReuse", "true")));
            Configuration jobConfig = new Configuration();
            knobs.applyTo(jobConfig);

            FlinkCluster remote = FlinkCluster.remote(knobs.restAddress().orElseThrow(), jobConfig, List.of());
            assertThat(remote.isLocal()).isFalse();
            StreamExecutionEnvironment env = remote.environment();
            KnobsReachJobTest.defineJob(env, EventCodec.of(knobs.recordType()), knobs.windowJob());
            JobClient client = env.executeAsync("remote submission test");
            try {
                String jobId = client.getJobID().toHexString();
                FlinkRestClient rest = new FlinkRestClient(remote.restUrl());
                new JobStatusWatcher(rest, jobId).awaitAllTasksRunning(60_000);

                JsonNode listed = new FlinkRestClient(restUri.toString())
                        .get("/jobs/overview")
                        .path("jobs");
                assertThat(listed).extracting(job -> job.path("jid").asText()).containsExactly(jobId);
                JsonNode execution =
                        (JsonNode) EffectiveConfig.read(rest, jobId, false).get("executionConfig");
                assertThat(execution.path("job-parallelism").asInt()).isEqualTo(2);
                assertThat(execution.path("object-reuse-mode").asBoolean()).isTrue();
            } finally {
                client.cancel().get(30, TimeUnit.SECONDS);
            }
        }
    }
}
