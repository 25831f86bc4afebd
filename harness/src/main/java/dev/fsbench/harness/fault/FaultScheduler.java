package dev.fsbench.harness.fault;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.cluster.EngineCluster;
import dev.fsbench.harness.engine.RestartableEngine;
import dev.fsbench.harness.generator.MeasuredPhaseListener;
import dev.fsbench.harness.kafka.KafkaBackend;
import dev.fsbench.harness.kafka.KafkaTopics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Injects a workload's faults ({@link FaultSpec}) at their times, counted from the start of the measured phase:
 * it is told that start as a {@link MeasuredPhaseListener}, before the phase's first event is sent, and fires each
 * fault on a thread of its own so the generator keeps its schedule meanwhile. Close it once the load phase is over
 * and before the engine is stopped: faults not yet struck are dropped, one under way is waited for.
 */
public final class FaultScheduler implements MeasuredPhaseListener, AutoCloseable {

    /** What closing waits for a fault beyond the longest restart: kill-worker and add-partitions take far less. */
    private static final Duration CLOSE_MARGIN = Duration.ofSeconds(60);

    private final List<FaultSpec> faults;
    private final JobSpec job;
    private final RestartableEngine engine;
    private final KafkaBackend kafka;
    private final Supplier<Optional<EngineCluster>> cluster;
    private final Consumer<String> console;
    private final ScheduledThreadPoolExecutor timer;
    private final FaultEvent[] events;
    private int partitions;

    /**
     * @param cluster the cluster the harness started for this workload, if any: kill-worker's target. Empty in
     *                local mode ({@link FaultChecks} refuses kill-worker there before anything starts)
     * @param console where a line per fault goes
     */
    public FaultScheduler(
            JobSpec job,
            RestartableEngine engine,
            KafkaBackend kafka,
            Supplier<Optional<EngineCluster>> cluster,
            Consumer<String> console) {
        this.faults = FaultSpec.of(job.workload());
        this.job = job;
        this.engine = engine;
        this.kafka = kafka;
        this.cluster = cluster;
        this.console = console;
        this.partitions = job.workload().partitions();
        this.events = new FaultEvent[faults.size()];
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "fsbench-faults");
            thread.setDaemon(true);
            return thread;
        });
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    public boolean isEmpty() {
        return faults.isEmpty();
    }

    /**
     * The generator producer's settings for {@code workload}: with an add-partitions fault it refreshes its
     * metadata every second (Kafka's default is 5 minutes), so it spreads keys over the new partitions at once, and
     * sends one request at a time. A new partition's first batch can be refused (NOT_LEADER_OR_FOLLOWER) while the
     * broker is still taking its leadership; with several requests in flight the idempotent producer's later batches
     * to it then met OUT_OF_ORDER_SEQUENCE_NUMBER and were retried until they expired (tried here: the generator
     * stalled). One in flight, the refused batch is retried before the next is sent.
     */
    public static Map<String, String> producerOverrides(WorkloadSpec workload) {
        boolean addsPartitions = FaultSpec.of(workload).stream().anyMatch(f -> f.kind() == FaultKind.ADD_PARTITIONS);
        return addsPartitions
                ? Map.of(
                        ProducerConfig.METADATA_MAX_AGE_CONFIG,
                        "1000",
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                        "1")
                : Map.of();
    }

    @Override
    public void started(long measureStartEpochMs, long measureEndEpochMs) {
        for (int i = 0; i < faults.size(); i++) {
            int index = i;
            long delay = Math.max(0, measureStartEpochMs + faults.get(i).atMs() - System.currentTimeMillis());
            timer.schedule(() -> strike(index), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void strike(int index) {
        FaultSpec fault = faults.get(index);
        long at = System.currentTimeMillis();
        FaultEvent event;
        try {
            event = new FaultEvent(fault, at, inject(fault), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            event = new FaultEvent(fault, at, "interrupted while injecting it", true);
        } catch (Exception e) {
            event = new FaultEvent(fault, at, "failed: " + e.getMessage(), true);
        }
        console.accept("fault " + fault.kind().label() + "@" + fault.atMs() + "ms: " + event.detail());
        synchronized (events) {
            events[index] = event;
        }
    }

    private String inject(FaultSpec fault) throws Exception {
        return switch (fault.kind()) {
            case KILL_ENGINE -> killEngine();
            case KILL_WORKER -> killWorker();
            case ADD_PARTITIONS -> addPartitions();
        };
    }

    /**
     * SIGKILLs the engine JVM and restarts it from its checkpoint; on a cluster whose JobManager runs the job (the
     * engine JVM is then only its client) that JobManager is SIGKILLed first and restarted with the same
     * configuration and ports ({@link EngineCluster.JobHost}), and the new client resubmits the job to it.
     */
    private String killEngine() throws Exception {
        Optional<EngineCluster.JobHost> host = cluster.get().flatMap(EngineCluster::jobHost);
        if (host.isEmpty()) {
            return restartEngine(RestartableEngine.Cause.NONE, EngineResume::of, () -> "SIGKILLed the engine JVM");
        }
        String[] struck = new String[1];
        RestartableEngine.Cause killJobHost = () -> {
            EngineCluster.ClusterProcess killed = host.get().kill();
            long started = System.nanoTime();
            EngineCluster.ClusterProcess restarted = host.get().restart();
            struck[0] = String.format(
                    "SIGKILLed the %s (pid %d), started it again (pid %d, workers registered after %,d ms),"
                            + " then SIGKILLed its client JVM",
                    killed.role(), killed.pid(), restarted.pid(), (System.nanoTime() - started) / 1_000_000);
        };
        return restartEngine(
                killJobHost, killed -> EngineResume.of(killed, host.get().checkpointDir()), () -> struck[0]);
    }

    private String restartEngine(
            RestartableEngine.Cause cause, Function<JobSpec, EngineResume.Resumed> resume, Supplier<String> what)
            throws Exception {
        String[] from = new String[1];
        RestartableEngine.Restart restart = engine.killAndRestart(
                cause,
                killed -> {
                    EngineResume.Resumed resumed = resume.apply(killed);
                    from[0] = resumed.from();
                    return resumed.job();
                },
                HarnessSettings.READY_TIMEOUT_MS.get(job.workload()));
        return String.format(
                "%s (pid %d); restarted from %s, ready after %,d ms",
                what.get(), restart.killedPid(), from[0], restart.readyAfterMs());
    }

    /** The seam to {@link EngineCluster#killWorker()}: the cluster of {@code --cluster standalone}. */
    private String killWorker() {
        EngineCluster target = cluster.get()
                .orElseThrow(() -> new IllegalStateException("no cluster the harness started to kill a worker of"));
        EngineCluster.ClusterProcess killed = target.killWorker();
        return "SIGKILLed " + killed.role() + " pid " + killed.pid();
    }

    /** Doubles the input topic's partitions; the generator's producer learns of them within a second. */
    private String addPartitions() throws Exception {
        int before = partitions;
        int after = before * 2;
        try (KafkaTopics topics = KafkaTopics.connect(kafka)) {
            topics.addPartitions(job.inputTopic(), after);
        }
        partitions = after;
        return "input topic " + before + " -> " + after + " partitions";
    }

    /** Every fault of the workload in time order: as it went, or not injected. Call after {@link #close()}. */
    public List<FaultEvent> events() {
        List<FaultEvent> all = new ArrayList<>();
        synchronized (events) {
            for (int i = 0; i < faults.size(); i++) {
                all.add(events[i] != null ? events[i] : FaultEvent.notInjected(faults.get(i)));
            }
        }
        return all;
    }

    /**
     * Drops the faults not yet struck and waits for one under way, as long as a kill-engine can take before it
     * fails ({@link #closeWait}). Should one still run after that, it launches no engine JVM once the workload has
     * stopped the engine ({@link RestartableEngine#stop()}).
     */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(closeWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The longest a kill-engine takes before it fails, plus a margin: its cluster's restart (where the cluster runs
     * the job), the engine JVM's kill and the new one's {@code harness.readyTimeoutMs}.
     */
    Duration closeWait() {
        Duration cluster = this.cluster
                .get()
                .flatMap(EngineCluster::jobHost)
                .map(EngineCluster.JobHost::restartTimeout)
                .orElse(Duration.ZERO);
        return cluster.plus(RestartableEngine.restartTimeout(HarnessSettings.READY_TIMEOUT_MS.get(job.workload())))
                .plus(CLOSE_MARGIN);
    }
}
