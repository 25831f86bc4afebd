package dev.fsbench.harness.cluster;

import dev.fsbench.harness.engine.SparkEngineDriver;
import dev.fsbench.harness.process.TempDirectory;
import dev.fsbench.harness.telemetry.JvmTelemetry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real Spark standalone cluster on loopback: a Master and Workers, each Spark's own entry point in a JVM of its
 * own ({@link ClusterJvms}: telemetry, logs, cleanup, bound to the harness's life by its stdin), started from the
 * spark-bench module's classpath. The Workers launch the application's executors as in production, from a
 * {@link SparkHome} of links to the same jars; each executor records its own flight recording
 * ({@code executor-<id>.jfr} in the cluster's directory). The driver stays in the engine JVM (client mode).
 */
public final class SparkStandaloneCluster implements EngineCluster {

    static final String MASTER_ROLE = "master";
    static final String WORKER_ROLE = "worker";
    /** Spark's own default heap of its daemons (SPARK_DAEMON_MEMORY): they only keep the cluster's books. */
    static final String DAEMON_HEAP = "1g";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final long READY_POLL_MS = 200;
    private static final int OUTPUT_TAIL_LINES = 20;

    private final ClusterRequest request;
    private final SparkMasterAddress address;
    private final SparkHome sparkHome;
    private final Path executorTempDir;
    private final List<SparkWorker> workers = new CopyOnWriteArrayList<>();
    private final List<ClusterJvm> killedWorkers = new CopyOnWriteArrayList<>();
    private final SparkExecutorWatch executors;
    private volatile ClusterJvm master;
    private int workersStarted;
    private boolean closed;

    private SparkStandaloneCluster(
            ClusterRequest request, SparkMasterAddress address, SparkHome sparkHome, Path executorTempDir) {
        this.request = request;
        this.address = address;
        this.sparkHome = sparkHome;
        this.executorTempDir = executorTempDir;
        this.executors = new SparkExecutorWatch(() -> List.copyOf(workers), request.dir());
    }

    /** Starts the master, then the workers, and returns once every worker registered with the master. */
    static SparkStandaloneCluster start(ClusterRequest request) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(request.dir());
        SparkHome home = SparkHome.create(dir.resolve("spark-home"), SparkEngineDriver.sparkClasspath(request.home()));
        Path executorTemp = Files.createDirectories(dir.resolve("executor-tmp"));
        SparkStandaloneCluster cluster =
                new SparkStandaloneCluster(request, SparkMasterAddress.pickFree(), home, executorTemp);
        try {
            cluster.startMaster();
            for (int i = 0; i < request.settings().workers(); i++) {
                cluster.startWorker();
            }
            cluster.awaitWorkers();
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    @Override
    public Map<String, String> submitProperties() {
        List<String> executorOptions = new ArrayList<>(
                JvmTelemetry.recordingOptions(request.workload(), request.dir(), "executor-{{EXECUTOR_ID}}"));
        // scratch files of libraries (Snappy, zstd, RocksDB unpack native code) in the cluster's dir, not /tmp
        executorOptions.add("-Djava.io.tmpdir=" + executorTempDir.toAbsolutePath());
        String userOptions = request.workload().engineProperties().get(SparkExecutorSizing.EXECUTOR_JAVA_OPTIONS);
        if (userOptions != null && !userOptions.isBlank()) {
            executorOptions.add(userOptions); // the workload's own executor options stay, after the harness's
        }
        return new SparkExecutorSizing(
                        address.url(),
                        request.settings().workers(),
                        request.settings().slotsPerWorker(),
                        SparkMemory.forSpark(request.settings().workerMemory()),
                        executorOptions)
                .submitProperties();
    }

    @Override
    public Map<String, String> engineInfo() {
        return Map.of("clusterWebUi", address.webUi());
    }

    /** The master, the workers that run or were killed, and every executor the workers launched. */
    @Override
    public List<ClusterProcess> processes() {
        List<ClusterProcess> processes = new ArrayList<>();
        if (master != null) {
            processes.add(master.process());
        }
        workers.forEach(worker -> processes.add(worker.jvm().process()));
        killedWorkers.forEach(worker -> processes.add(worker.process()));
        processes.addAll(executors.executors());
        return processes;
    }

    /**
     * SIGKILLs a worker that runs an executor, together with its executors (a lost machine), then starts a
     * replacement worker and waits until it registered: the master gives the application an executor on it,
     * since the application has fewer cores than it asked for. Spark reruns the lost tasks on the executors left.
     */
    @Override
    public synchronized ClusterProcess killWorker() {
        SparkWorker victim = workers.stream()
                .filter(worker -> !worker.executors(request.dir()).isEmpty())
                .findFirst()
                .or(() -> workers.stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("no Spark worker runs"));
        try {
            List<SparkExecutors.Launched> itsExecutors = victim.executors(request.dir());
            victim.jvm().kill(); // the worker and its descendants, the executors
            // after the kill: a look in between may have listed them again
            executors.markKilled(itsExecutors, victim.jvm().process().killedAtMs());
            workers.remove(victim);
            killedWorkers.add(victim.jvm());
            startWorker();
            awaitWorkers();
        } catch (IOException e) {
            throw new IllegalStateException("the replacement Spark worker did not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replacing a Spark worker", e);
        }
        return victim.jvm().process();
    }

    private void startMaster() throws IOException {
        master = ClusterJvms.start(
                request.workload(),
                request.dir(),
                roleSpec(
                        MASTER_ROLE, MASTER_ROLE, SparkRoleArgs.MASTER_CLASS, SparkRoleArgs.master(address), Map.of()));
    }

    private void startWorker() throws IOException {
        String label = WORKER_ROLE + "-" + ++workersStarted;
        Path workDir = Files.createDirectories(request.dir().resolve(label + "-work"));
        List<String> args = SparkRoleArgs.worker(
                address,
                request.settings().slotsPerWorker(),
                SparkMemory.forSpark(request.settings().workerMemory()),
                workDir);
        ClusterJvm jvm = ClusterJvms.start(
                request.workload(),
                request.dir(),
                roleSpec(WORKER_ROLE, label, SparkRoleArgs.WORKER_CLASS, args, sparkHome.environment()));
        workers.add(new SparkWorker(jvm, workDir));
    }

    private ClusterJvms.Spec roleSpec(
            String role, String label, String mainClass, List<String> args, Map<String, String> environment) {
        List<String> options = new ArrayList<>(SparkEngineDriver.sparkJvmOptions(request.home()));
        options.add("-Xms" + DAEMON_HEAP);
        options.add("-Xmx" + DAEMON_HEAP);
        Map<String, String> env = new HashMap<>(environment);
        // Spark's listeners (RPC, web UI) bind to SPARK_LOCAL_IP; a worker's executors inherit it
        env.put("SPARK_LOCAL_IP", address.host());
        return new ClusterJvms.Spec(
                role,
                label,
                mainClass,
                args,
                SparkEngineDriver.sparkClasspath(request.home()),
                options,
                env,
                request.dir());
    }

    /** Waits until the master lists every worker started so far, the running ones ALIVE. */
    private void awaitWorkers() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String lastSeen = "no answer from " + address.statusPage();
        while (System.nanoTime() < deadline) {
            for (ClusterJvm role : roles()) {
                if (!role.isAlive()) {
                    throw new IOException("Spark " + role.label() + " exited while the cluster started:\n"
                            + role.outputTail(OUTPUT_TAIL_LINES));
                }
            }
            try {
                SparkMasterStatus status = SparkMasterStatus.read(address.statusPage());
                if (status.workers().size() >= workersStarted && status.aliveWorkers() >= workers.size()) {
                    return;
                }
                lastSeen = status.aliveWorkers() + " of " + workers.size() + " workers ALIVE";
            } catch (IOException e) {
                lastSeen = "master not answering yet: " + e.getMessage(); // its web UI is not up yet
            }
            Thread.sleep(READY_POLL_MS);
        }
        throw new IOException(
                "the Spark cluster was not ready within " + READY_TIMEOUT.toSeconds() + " s (" + lastSeen + ")");
    }

    private List<ClusterJvm> roles() {
        List<ClusterJvm> roles = new ArrayList<>();
        if (master != null) {
            roles.add(master);
        }
        workers.forEach(worker -> roles.add(worker.jvm()));
        return roles;
    }

    /**
     * Stops the workers (each ends its executors from its shutdown hook, which lets them dump their recordings),
     * SIGKILLs any executor still running after that, then stops the master. Idempotent, never throws.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        executors.executors(); // a last look, for executors of an application that is still running
        executors.close();
        ClusterJvms.stopAll(workers.stream().map(SparkWorker::jvm).toList());
        executors.alive().forEach(ProcessHandle::destroyForcibly);
        if (master != null) {
            ClusterJvms.stopAll(List.of(master));
        }
        TempDirectory.deleteRecursively(executorTempDir);
    }

    @Override
    public String toString() {
        return "Spark standalone cluster at " + address.url();
    }
}
