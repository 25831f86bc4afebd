package dev.fsbench.harness.cluster;

import dev.fsbench.api.LoopbackPorts;
import dev.fsbench.api.knobs.FlinkSettings;
import dev.fsbench.harness.engine.FlinkEngineDriver;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Flink standalone session cluster for one workload, from Flink's own entry points on the flink-bench module's
 * classpath (no flink-dist): a JobManager ({@value #JOB_MANAGER_MAIN}) and {@code cluster.workers} TaskManagers
 * ({@value #TASK_MANAGER_MAIN}), each started as flink-dist's scripts start them (memory flags and dynamic
 * properties from {@link FlinkResourceParams}) with the configuration of {@link FlinkClusterConfig}. Ready once the
 * JobManager's REST API lists every TaskManager; the job reaches it through {@code flink.rest}, like a user's job.
 */
final class FlinkStandaloneCluster implements EngineCluster {

    static final String JOB_MANAGER_MAIN = "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
    static final String TASK_MANAGER_MAIN = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
    static final String JOB_MANAGER = "jobmanager";
    static final String TASK_MANAGER = "taskmanager";

    private static final long READY_TIMEOUT_MS = 180_000;
    private static final long POLL_MS = 250;

    private final ClusterRequest request;
    private final FlinkClusterConfig config;
    private final List<Path> classpath;
    private final FlinkResourceParams taskManagerParams;
    private final List<ClusterJvm> roles = new ArrayList<>();
    private FlinkResourceParams jobManagerParams;
    private int jobManagersStarted;
    private int taskManagersStarted;
    private boolean closed;

    private FlinkStandaloneCluster(
            ClusterRequest request, FlinkClusterConfig config, List<Path> classpath, FlinkResourceParams tmParams) {
        this.request = request;
        this.config = config;
        this.classpath = classpath;
        this.taskManagerParams = tmParams;
    }

    /**
     * Starts the JobManager on freshly picked ports (again on others if one was taken before it bound them), then
     * the TaskManagers, and waits until all registered. Stops whatever started if that fails.
     */
    static FlinkStandaloneCluster start(ClusterRequest request) throws Exception {
        List<Path> classpath = request.home().moduleClasspath(FlinkEngineDriver.MODULE);
        return LoopbackPorts.withFreePort(restPort -> {
            FlinkClusterConfig config = new FlinkClusterConfig(
                    request.settings(),
                    FlinkClusterConfig.taskManagerMemoryOf(request.workload()),
                    otherFreePort(restPort),
                    restPort,
                    request.dir());
            config.write();
            FlinkResourceParams tmParams =
                    FlinkResourceParams.compute(FlinkResourceParams.TASK_MANAGER, config, classpath);
            FlinkStandaloneCluster cluster = new FlinkStandaloneCluster(request, config, classpath, tmParams);
            try {
                cluster.startRoles();
                return cluster;
            } catch (Exception | Error e) {
                cluster.close();
                throw e;
            }
        });
    }

    /** A free port other than {@code taken}: two picks in a row may return the same one. */
    private static int otherFreePort(int taken) {
        int port = LoopbackPorts.pick();
        while (port == taken) {
            port = LoopbackPorts.pick();
        }
        return port;
    }

    private void startRoles() throws Exception {
        jobManagerParams = FlinkResourceParams.compute(FlinkResourceParams.JOB_MANAGER, config, classpath);
        startJobManagerAndTaskManagers();
    }

    /**
     * A JobManager on the configuration's ports and {@code cluster.workers} TaskManagers, all registered; if they
     * do not all register, every one of them is stopped before the failure is thrown.
     */
    private ClusterJvm startJobManagerAndTaskManagers() throws IOException, InterruptedException {
        return ClusterJvms.startTogether(starting -> {
            ClusterJvm jobManager = startJobManager();
            starting.add(jobManager);
            for (int i = 0; i < request.settings().workers(); i++) {
                starting.add(startTaskManager());
            }
            awaitTaskManagers(jobManager, request.settings().workers(), starting);
            return jobManager;
        });
    }

    /** The first is labelled jobmanager, one started after a kill-engine jobmanager-2 and on. */
    private synchronized ClusterJvm startJobManager() throws IOException {
        jobManagersStarted++;
        String label = jobManagersStarted == 1 ? JOB_MANAGER : JOB_MANAGER + "-" + jobManagersStarted;
        return startRole(JOB_MANAGER, label, JOB_MANAGER_MAIN, jobManagerParams);
    }

    private synchronized ClusterJvm startTaskManager() throws IOException {
        taskManagersStarted++;
        return startRole(TASK_MANAGER, TASK_MANAGER + "-" + taskManagersStarted, TASK_MANAGER_MAIN, taskManagerParams);
    }

    private synchronized ClusterJvm startRole(String role, String label, String mainClass, FlinkResourceParams params)
            throws IOException {
        if (closed) {
            throw new IllegalStateException("the Flink cluster is closed");
        }
        List<String> args =
                new ArrayList<>(List.of("--configDir", config.configDir().toString()));
        args.addAll(params.dynamicProperties());
        List<String> jvmOptions = new ArrayList<>(params.jvmOptions());
        // the Web UI shows a JobManager's or TaskManager's log from the file this property names
        jvmOptions.add("-Dlog.file=" + config.dir().resolve(label + ".err").toAbsolutePath());
        ClusterJvm jvm = ClusterJvms.start(
                request.workload(),
                config.dir(),
                new ClusterJvms.Spec(role, label, mainClass, args, classpath, jvmOptions, Map.of(), config.dir()));
        roles.add(jvm);
        return jvm;
    }

    /**
     * Waits until the REST API lists {@code count} TaskManagers. A JobManager that exits first fails the start
     * (with "Address already in use" in its output when its port was taken: {@link LoopbackPorts} retries that).
     */
    private void awaitTaskManagers(ClusterJvm jobManager, int count, List<ClusterJvm> starting)
            throws IOException, InterruptedException {
        FlinkRestProbe probe = new FlinkRestProbe(config.restAddress());
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MS;
        while (true) {
            OptionalInt registered = probe.registeredTaskManagers();
            if (registered.isPresent() && registered.getAsInt() >= count) {
                return;
            }
            if (!jobManager.isAlive()) {
                throw new IOException("the Flink JobManager exited while starting:\n" + jobManager.outputTail(30));
            }
            for (ClusterJvm role : starting) {
                if (!role.isAlive()) {
                    throw new IOException(role.label() + " exited while starting:\n" + role.outputTail(30));
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IOException("the Flink cluster listed " + registered.orElse(0) + " of " + count
                        + " TaskManagers after " + READY_TIMEOUT_MS / 1000 + " s; see the logs in " + config.dir());
            }
            Thread.sleep(POLL_MS);
        }
    }

    @Override
    public Map<String, String> submitProperties() {
        return Map.of(FlinkSettings.REST.key(), config.restAddress());
    }

    @Override
    public Map<String, String> engineInfo() {
        return Map.of("clusterWebUi", "http://" + config.restAddress());
    }

    @Override
    public synchronized List<ClusterProcess> processes() {
        return roles.stream()
                .filter(role -> role.isAlive() || role.wasKilled())
                .map(ClusterJvm::process)
                .toList();
    }

    /**
     * SIGKILLs the first TaskManager that runs and starts a replacement at once: the job's restart needs its slots
     * back, and a standalone cluster, unlike one on Kubernetes or YARN, has nobody else to start one.
     */
    @Override
    public synchronized ClusterProcess killWorker() {
        ClusterJvm victim = roles.stream()
                .filter(r -> r.role().equals(TASK_MANAGER) && r.isAlive())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no TaskManager runs"));
        ClusterProcess killed = victim.process();
        try {
            victim.kill();
            startTaskManager();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replacing " + victim.label(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a TaskManager to replace " + victim.label() + ": " + e, e);
        }
        return killed;
    }

    /** The JobManager: a kill-engine fault's target on a session cluster, whose client the engine JVM is. */
    @Override
    public Optional<JobHost> jobHost() {
        return Optional.of(new JobHost() {
            @Override
            public ClusterProcess kill() throws InterruptedException {
                return killJobManager();
            }

            @Override
            public ClusterProcess restart() throws IOException, InterruptedException {
                return restartJobManager();
            }

            @Override
            public Path checkpointDir() {
                return config.checkpointDir();
            }

            @Override
            public Duration restartTimeout() {
                return restartJobManagerTimeout();
            }
        });
    }

    /**
     * The longest {@link #killJobManager()} and {@link #restartJobManager()} take before they fail: each SIGKILL
     * waited for, the TaskManagers' registration, and the stop of what started if they did not all register.
     */
    private Duration restartJobManagerTimeout() {
        return ClusterJvm.TERM_GRACE
                .multipliedBy(1 + request.settings().workers())
                .plusMillis(READY_TIMEOUT_MS)
                .plus(ClusterJvm.POLITE_GRACE)
                .plus(ClusterJvm.TERM_GRACE);
    }

    private ClusterProcess killJobManager() throws InterruptedException {
        ClusterJvm victim;
        synchronized (this) {
            victim = roles.stream()
                    .filter(r -> r.role().equals(JOB_MANAGER) && r.isAlive())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no JobManager runs"));
        }
        ClusterProcess killed = victim.process();
        victim.kill();
        return killed;
    }

    /**
     * A new JobManager on the same configuration and ports, as an operator restarts one, with new TaskManagers:
     * the running ones re-register with it by themselves only once their heartbeat to the dead one timed out
     * ({@code heartbeat.timeout}, 50 s by default; 50.2 s when tried here), and until then keep the dead job's tasks
     * in the slots the resubmitted job needs (a standalone cluster without HA recovers no job). So they are
     * SIGKILLed and started again with it, as a restart of the whole cluster would.
     */
    private ClusterProcess restartJobManager() throws IOException, InterruptedException {
        List<ClusterJvm> orphaned;
        synchronized (this) {
            orphaned = roles.stream()
                    .filter(r -> r.role().equals(TASK_MANAGER) && r.isAlive())
                    .toList();
        }
        for (ClusterJvm taskManager : orphaned) {
            taskManager.kill();
        }
        return startJobManagerAndTaskManagers().process();
    }

    /** Stops every role at once (TaskManagers and JobManager), gracefully, then by force. Idempotent. */
    @Override
    public void close() {
        List<ClusterJvm> toStop;
        synchronized (this) {
            closed = true;
            toStop = List.copyOf(roles);
        }
        ClusterJvms.stopAll(toStop);
    }

    @Override
    public String toString() {
        return "Flink standalone cluster at " + config.restAddress();
    }
}
