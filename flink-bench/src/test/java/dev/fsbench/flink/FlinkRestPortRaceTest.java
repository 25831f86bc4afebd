package dev.fsbench.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.api.LoopbackPorts;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.WebOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MiniCluster's REST port is picked, released, then bound when the job starts. Made to race here: another
 * socket holds the picked port. Flink's start fails with a bind error the retry recognises, and the job runs on a
 * fresh port, as {@link FlinkBenchJob} submits it. Its temp dirs are where {@link FlinkCluster#placeTempDirs} put
 * them.
 */
class FlinkRestPortRaceTest {

    @TempDir
    Path workDir;

    @Test
    void aRestPortTakenBeforeTheMiniClusterBindsItIsRetriedOnAnother() throws Exception {
        try (ServerSocket thief = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int taken = thief.getLocalPort();
            List<Integer> tried = new ArrayList<>();
            Path tempDir = workDir.resolve("tmp");
            FlinkCluster[] cluster = new FlinkCluster[1];
            JobClient client =
                    LoopbackPorts.withFreePort(3, () -> tried.isEmpty() ? taken : LoopbackPorts.pick(), port -> {
                        tried.add(port);
                        Configuration config = new Configuration();
                        FlinkKnobs.from(FlinkKnobsTest.workload(1, Map.of())).applyTo(config);
                        cluster[0] = FlinkCluster.local(config, workDir, tempDir, Optional.empty(), port);
                        StreamExecutionEnvironment env = cluster[0].environment();
                        KnobsReachJobTest.defineJob(env, EventCodec.of(RecordType.POJO), WindowJobOptions.defaults());
                        return env.executeAsync("port race test");
                    });
            try {
                assertThat(tried).hasSize(2).first().isEqualTo(taken);
                assertThat(cluster[0].restUrl()).endsWith(":" + tried.get(1));
                FlinkRestClient rest = new FlinkRestClient(cluster[0].restUrl());
                new JobStatusWatcher(rest, client.getJobID().toHexString()).awaitAllTasksRunning(60_000);

                JsonNode clusterConfig = rest.get("/jobmanager/config");
                assertThat(value(clusterConfig, CoreOptions.TMP_DIRS.key()))
                        .isEqualTo(tempDir.resolve("flink-io").toAbsolutePath().toString());
                assertThat(value(clusterConfig, WebOptions.TMP_DIR.key()))
                        .isEqualTo(tempDir.resolve("flink-web").toAbsolutePath().toString());
                assertThat(tempDir.resolve("flink-blobs")).isDirectory();
            } finally {
                MiniClusterShutdown.cancelAndAwait(client, cluster[0].restUrl(), workDir);
            }
        }
    }

    private static String value(JsonNode config, String key) {
        for (JsonNode entry : config) {
            if (entry.path("key").asText().equals(key)) {
                return entry.path("value").asText();
            }
        }
        return null;
    }
}
