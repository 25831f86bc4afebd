package dev.fsbench.flink;

import dev.fsbench.api.LoopbackPorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.flink.configuration.BlobServerOptions;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.MetricOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.configuration.WebOptions;
import org.apache.flink.state.rocksdb.RocksDBOptions;
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
     * of the addresses stand. The REST endpoint listens on {@code restPort} (picked free by the caller, which
     * retries on another if it was taken meanwhile: {@link dev.fsbench.api.LoopbackPorts#withFreePort}); Flink's
     * temp and local-state directories go under {@code tempDir} (see {@link #placeTempDirs}).
     */
    public static FlinkCluster local(
            Configuration config, Path workDir, Path tempDir, Optional<String> bindAddress, int restPort) {
        Path archiveDir = workDir.resolve("flink-archive").toAbsolutePath();
        Path savepointDir = workDir.resolve("flink-savepoints").toAbsolutePath();
        bindListeners(config, bindAddress);
        placeTempDirs(config, tempDir.toAbsolutePath());
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

    /**
     * Flink's scratch space: io.tmp.dirs (spilling, the TaskManager's working directory, and by default the blob
     * store and RocksDB's local state), web.tmpdir (the Web UI's unpacked files and uploaded jars), the blob store
     * and RocksDB's local directory, all under {@code tempDir}, which the harness deletes when the engine JVM has
     * exited. They default to java.io.tmpdir, i.e. /tmp, where a killed engine's files would stay. A value the
     * user set as a pass-through setting stands.
     */
    static void placeTempDirs(Configuration config, Path tempDir) {
        setIfAbsent(config, CoreOptions.TMP_DIRS, tempDir.resolve("flink-io").toString());
        setIfAbsent(config, WebOptions.TMP_DIR, tempDir.resolve("flink-web").toString());
        setIfAbsent(
                config,
                BlobServerOptions.STORAGE_DIRECTORY,
                tempDir.resolve("flink-blobs").toString());
        setIfAbsent(
                config,
                RocksDBOptions.LOCAL_DIRECTORIES,
                tempDir.resolve("flink-rocksdb").toString());
    }

    private static void setIfAbsent(Configuration config, ConfigOption<String> option, String value) {
        if (!config.contains(option)) {
            config.set(option, value);
        }
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

    /** The MiniCluster on loopback, as without harness.bindAddress, its temp files in {@code workDir/tmp}. */
    public static FlinkCluster local(Configuration config, Path workDir) {
        return local(config, workDir, workDir.resolve("tmp"), Optional.empty(), LoopbackPorts.pick());
    }

    /** Where the REST endpoint, JobManager and TaskManager listen; see {@link #local(Configuration, Path, Path, Optional, int)}. */
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
}
