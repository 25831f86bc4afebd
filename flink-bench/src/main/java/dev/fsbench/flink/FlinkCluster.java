package dev.fsbench.flink;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.MetricOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Where the job runs: a MiniCluster inside this JVM (default), with the Web UI on a free loopback port and
 * the HistoryServer archive in the run's directory, or a remote session cluster given its REST address.
 *
 * @param archiveDir   where the JobManager writes the finished job's archive (local only: a remote cluster
 *                     archives wherever its own configuration says)
 * @param savepointDir where stop-with-savepoint writes; empty for a remote cluster (its own default applies)
 */
public record FlinkCluster(
        StreamExecutionEnvironment environment,
        String restUrl,
        String mode,
        Optional<Path> archiveDir,
        Optional<Path> savepointDir) {

    public static final String LOOPBACK = "127.0.0.1";

    /**
     * {@code config} already carries the job's knobs and pass-through settings; this adds where things live and
     * what binds where, last, so no pass-through setting moves a listener off loopback. With an explicit
     * {@code bindAddress} (harness.bindAddress) the listeners bind there instead, and the pass-through settings
     * of the addresses stand.
     */
    public static FlinkCluster local(Configuration config, Path workDir, Optional<String> bindAddress)
            throws IOException {
        int restPort = freeLoopbackPort();
        Path archiveDir = workDir.resolve("flink-archive").toAbsolutePath();
        Path savepointDir = workDir.resolve("flink-savepoints").toAbsolutePath();
        bindListeners(config, bindAddress);
        config.set(RestOptions.PORT, restPort);
        config.set(RestOptions.BIND_PORT, String.valueOf(restPort));
        // REST serves metrics from a cache refreshed every 10 s by default: too coarse for 1 s series.
        config.set(MetricOptions.METRIC_FETCHER_UPDATE_INTERVAL, Duration.ofMillis(RestMetricsPoller.PERIOD_MS));
        config.set(JobManagerOptions.ARCHIVE_DIR, archiveDir.toUri().toString());
        config.set(
                CheckpointingOptions.CHECKPOINTS_DIRECTORY,
                workDir.resolve("flink-checkpoints").toAbsolutePath().toUri().toString());
        config.set(
                CheckpointingOptions.SAVEPOINT_DIRECTORY, savepointDir.toUri().toString());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(config);
        return new FlinkCluster(
                env,
                "http://" + LOOPBACK + ":" + restPort,
                "local MiniCluster",
                Optional.of(archiveDir),
                Optional.of(savepointDir));
    }

    /** Ships {@code jobJars} (the job's own code and connectors) with the job. */
    public static FlinkCluster remote(String restAddress, Configuration config, List<Path> jobJars) {
        String[] hostAndPort = FlinkKnobs.hostAndPort(restAddress);
        String[] jars = jobJars.stream().map(Path::toString).toArray(String[]::new);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createRemoteEnvironment(
                hostAndPort[0], Integer.parseInt(hostAndPort[1]), config, jars);
        return new FlinkCluster(
                env,
                "http://" + restAddress,
                "remote session cluster " + restAddress,
                Optional.empty(),
                Optional.empty());
    }

    public boolean isLocal() {
        return archiveDir.isPresent();
    }

    /** The MiniCluster on loopback, as without harness.bindAddress. */
    public static FlinkCluster local(Configuration config, Path workDir) throws IOException {
        return local(config, workDir, Optional.empty());
    }

    /** Where the REST endpoint, JobManager and TaskManager listen; see {@link #local(Configuration, Path, Optional)}. */
    static void bindListeners(Configuration config, Optional<String> bindAddress) {
        String bindHost = bindAddress.orElse(LOOPBACK);
        boolean userChose = bindAddress.isPresent();
        listen(config, RestOptions.ADDRESS, LOOPBACK, userChose);
        listen(config, RestOptions.BIND_ADDRESS, bindHost, userChose);
        listen(config, JobManagerOptions.ADDRESS, LOOPBACK, userChose);
        listen(config, JobManagerOptions.BIND_HOST, bindHost, userChose);
        listen(config, TaskManagerOptions.HOST, LOOPBACK, userChose);
        listen(config, TaskManagerOptions.BIND_HOST, bindHost, userChose);
    }

    /** Sets an address option; a user who chose the bind address keeps what their pass-through settings say. */
    private static void listen(
            Configuration config, ConfigOption<String> option, String address, boolean keepUserSetting) {
        if (!(keepUserSetting && config.contains(option))) {
            config.set(option, address);
        }
    }

    /** Flink needs the port up front to print the Web UI address; a port taken in between fails loudly at start. */
    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }
}
