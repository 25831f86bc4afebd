package dev.fsbench.flink;

import java.io.InputStream;
import java.net.URI;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * A Flink session cluster with one endless job on it, for the harness's test of cancelling a job its engine JVM
 * abandoned: a MiniCluster acting as a session cluster (as in {@link RemoteSessionClusterTest}), the job submitted
 * through its REST address like a remote client does. Prints {@code session-cluster <rest url> <job id>} once the
 * job runs, then serves until stdin closes. Run from flink-bench's classpath plus its test classes.
 */
public final class SessionClusterWithJob {

    public static void main(String[] args) throws Exception {
        Configuration config = new Configuration();
        config.set(RestOptions.BIND_ADDRESS, FlinkCluster.LOOPBACK);
        config.set(RestOptions.ADDRESS, FlinkCluster.LOOPBACK);
        config.set(RestOptions.BIND_PORT, "0");
        try (MiniCluster session = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(config)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(1)
                .build())) {
            session.start();
            URI rest = session.getRestAddress().get();
            StreamExecutionEnvironment client = StreamExecutionEnvironment.createRemoteEnvironment(
                    rest.getHost(), rest.getPort(), new Configuration());
            client.setParallelism(1);
            client.fromSequence(0, Long.MAX_VALUE).sinkTo(new DiscardingSink<>()); // runs until cancelled
            JobClient job = client.executeAsync("endless session job");
            String jobId = job.getJobID().toHexString();
            new JobStatusWatcher(new FlinkRestClient(rest.toString()), jobId).awaitAllTasksRunning(60_000);
            System.out.println("session-cluster " + rest + " " + jobId);
            System.out.flush();
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // serve until the test closes stdin
                }
            }
        }
        System.exit(0);
    }
}
