package dev.fsbench.harness.cluster;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.ClusterSettings;
import dev.fsbench.api.knobs.FlinkSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code config.yaml} of a Flink standalone session cluster the harness starts: every listener on loopback,
 * the JobManager's RPC and REST ports picked free, the TaskManagers sized by the {@code cluster.*} knobs (and their
 * network and managed memory by {@code flink.networkMemory} and {@code flink.managedMemory}, which a job cannot set
 * on a cluster that is already running), and the directories a job on it writes (checkpoints, stop savepoints, the finished job's archive for the HistoryServer)
 * under the cluster's directory in the run. Everything else is Flink's default.
 *
 * @param taskManagerMemory the workload's {@code flink.networkMemory} and {@code flink.managedMemory} as Flink
 *                          configuration entries (none when unset: Flink's defaults)
 * @param rpcPort           the JobManager's RPC port
 * @param restPort          its REST port (Web UI and job submission)
 * @param dir               the cluster's directory
 */
record FlinkClusterConfig(
        ClusterSettings settings, Map<String, String> taskManagerMemory, int rpcPort, int restPort, Path dir) {

    FlinkClusterConfig {
        taskManagerMemory = Map.copyOf(taskManagerMemory);
    }

    static final String LOOPBACK = "127.0.0.1";
    static final String FILE_NAME = "config.yaml";

    /**
     * Flink's own distribution sizes its JobManager with this (conf/config.yaml); the TaskManagers get
     * {@code cluster.workerMemory}.
     */
    static final String JOBMANAGER_PROCESS_SIZE = "1600m";

    /** Where {@link #write} puts {@value #FILE_NAME}: the {@code --configDir} of every role. */
    Path configDir() {
        return dir.resolve("conf");
    }

    /**
     * Where the jobs on the cluster write their checkpoints ({@code <jobId>/chk-N}); a kill-engine resumes the
     * resubmitted job from the newest one there.
     */
    Path checkpointDir() {
        return dir.resolve("flink-checkpoints");
    }

    /** The archive directory the HistoryServer reads ({@code bench history-server} finds it by its name). */
    Path archiveDir() {
        return dir.resolve("flink-archive");
    }

    /** The TaskManager memory knobs of {@code workload} as Flink configuration entries, as the MiniCluster sets them. */
    static Map<String, String> taskManagerMemoryOf(WorkloadSpec workload) {
        Map<String, String> entries = new LinkedHashMap<>();
        FlinkSettings.NETWORK_MEMORY.find(workload).ifPresent(size -> {
            entries.put("taskmanager.memory.network.min", size);
            entries.put("taskmanager.memory.network.max", size);
        });
        FlinkSettings.MANAGED_MEMORY
                .find(workload)
                .ifPresent(size -> entries.put("taskmanager.memory.managed.size", size));
        return entries;
    }

    Map<String, String> entries() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("jobmanager.rpc.address", LOOPBACK);
        config.put("jobmanager.rpc.port", Integer.toString(rpcPort));
        config.put("jobmanager.bind-host", LOOPBACK);
        config.put("jobmanager.memory.process.size", JOBMANAGER_PROCESS_SIZE);
        config.put("rest.address", LOOPBACK);
        config.put("rest.bind-address", LOOPBACK);
        config.put("rest.port", Integer.toString(restPort));
        config.put("taskmanager.host", LOOPBACK);
        config.put("taskmanager.bind-host", LOOPBACK);
        config.put("taskmanager.numberOfTaskSlots", Integer.toString(settings.slotsPerWorker()));
        config.put("taskmanager.memory.process.size", settings.workerMemory());
        config.putAll(taskManagerMemory);
        // the job ships the Kafka connector and client in its jars; loading them child-first next to the same
        // classes elsewhere failed submission with a ClassCastException on OffsetResetStrategy
        config.put("classloader.parent-first-patterns.additional", "org.apache.kafka;org.apache.flink.connector.kafka");
        config.put("execution.checkpointing.dir", checkpointDir().toUri().toString());
        config.put(
                "execution.checkpointing.savepoint-dir",
                dir.resolve("flink-savepoints").toUri().toString());
        config.put("jobmanager.archive.fs.dir", archiveDir().toUri().toString());
        return config;
    }

    /** Writes {@value #FILE_NAME} into {@link #configDir()}, each value quoted as a YAML string. */
    Path write() throws IOException {
        Files.createDirectories(configDir());
        String yaml = entries().entrySet().stream()
                .map(e ->
                        e.getKey() + ": \"" + e.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining("\n", "# written by the harness for --cluster standalone\n", "\n"));
        return Files.writeString(configDir().resolve(FILE_NAME), yaml);
    }

    String restAddress() {
        return LOOPBACK + ":" + restPort;
    }
}
