package dev.fsbench.flink;

import dev.fsbench.api.EngineContext;
import dev.fsbench.api.EngineJob;
import dev.fsbench.api.EngineMain;
import dev.fsbench.api.EngineSummaryKeys;
import dev.fsbench.api.EngineVersionInfo;
import dev.fsbench.api.FlinkStopTimes;
import dev.fsbench.api.JobSpec;
import dev.fsbench.api.LoopbackPorts;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.BindSettings;
import dev.fsbench.api.knobs.ClusterSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.util.EnvironmentInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The Flink engine JVM: runs the windowed word count from {@code job.json} until the harness asks it to
 * stop, through {@link EngineMain}: ready once every task runs, REST-polled metrics, the applied settings and a
 * stop-with-savepoint in the summary.
 */
public final class FlinkBenchJob implements EngineJob {

    static final long START_TIMEOUT_MS = 120_000;
    static final long STOP_TIMEOUT_SECONDS = FlinkStopTimes.STOP_WITH_SAVEPOINT.toSeconds();
    static final long ARCHIVE_TIMEOUT_MS = FlinkStopTimes.ARCHIVE.toMillis();

    private final EngineContext context;
    private final JobSpec job;
    private final FlinkKnobs knobs;
    // set by start(), in this order
    private FlinkCluster cluster;
    private JobClient client;
    private FlinkRestClient rest;
    private JobStatusWatcher status;
    private RestMetricsPoller poller;
    private Map<String, Object> info;
    private String serializer;
    private boolean stopped;

    private FlinkBenchJob(EngineContext context) {
        this.context = context;
        this.job = context.job();
        this.knobs = FlinkKnobs.from(job.workload());
    }

    public static void main(String[] args) {
        EngineMain.run(args, FlinkBenchJob::new);
    }

    @Override
    public Map<String, Object> start() throws Exception {
        client = knobs.restAddress().isPresent()
                ? submit(FlinkCluster.remote(
                        knobs.restAddress().get(), flinkConfig(), JobJars.collect(context.workDir())))
                // the MiniCluster binds its REST port when the job starts: a port taken since it was picked is
                // retried on another
                : LoopbackPorts.withFreePort(restPort -> submit(FlinkCluster.local(
                        flinkConfig(),
                        context.workDir(),
                        context.tempDir(),
                        BindSettings.BIND_ADDRESS.find(job.workload()),
                        restPort)));
        String jobId = jobId();
        rest = new FlinkRestClient(cluster.restUrl());
        status = new JobStatusWatcher(rest, jobId);
        status.awaitAllTasksRunning(START_TIMEOUT_MS);

        info = new LinkedHashMap<>();
        info.put("webUi", cluster.restUrl() + "/#/job/running/" + jobId + "/overview");
        info.put("jobId", jobId);
        info.put(EngineVersionInfo.KEY, EngineVersionInfo.of("Flink", EnvironmentInformation.getVersion()));
        info.put("cluster", cluster.mode());
        // what the harness needs to cancel the job itself if this JVM dies or is killed: a session cluster's job
        // outlives its client (a MiniCluster's dies with this JVM)
        info.put("restUrl", cluster.restUrl());
        info.put("sessionCluster", !cluster.isLocal());
        info.put("eventSerializer", serializer);
        System.out.println("flink-bench: Web UI " + cluster.restUrl() + " (job " + jobId + ")");
        poller = new RestMetricsPoller(rest, jobId, context.metrics());
        poller.start();
        return info;
    }

    /** A job that ends on its own (it failed) must end the engine too, or the harness waits for windows in vain. */
    @Override
    public void throwIfFailed() throws Exception {
        Optional<String> ended = status.endedState();
        if (ended.isPresent()) {
            throw new IllegalStateException("the Flink job ended as " + ended.get()
                    + " before the harness asked it to stop: " + status.rootException());
        }
    }

    @Override
    public Map<String, Object> stop() throws Exception {
        Map<String, Object> summary = new LinkedHashMap<>(info);
        summary.put("knobs", knobs.describe());
        // the harness's own standalone cluster (--cluster standalone) was started with these knobs in its config
        boolean startedWithTheKnobs = ClusterSettings.of(job.workload()).standalone();
        if (!cluster.isLocal()
                && !startedWithTheKnobs
                && !knobs.ignoredOnSessionCluster().isEmpty()) {
            String warning = String.join(", ", knobs.ignoredOnSessionCluster())
                    + " not applied: a session cluster's TaskManager memory is fixed by the cluster's own configuration";
            System.err.println("flink-bench: " + warning);
            summary.put("warnings", List.of(warning));
        }
        poller.close();
        poller.pollOnce();
        summary.put("applied", EffectiveConfig.read(rest, jobId(), cluster.isLocal()));
        summary.put("finalMetrics", poller.latestValues());
        poller.windowSubtaskLoad()
                .ifPresent(load -> summary.put(EngineSummaryKeys.WINDOW_SUBTASK_LOAD, load.describe()));
        // the last checkpoint before the stop: its state is the steady state of the measured phase
        poller.lastCheckpoint().ifPresent(checkpoint -> {
            summary.put(EngineSummaryKeys.STATE_SIZE_BYTES, checkpoint.stateSizeBytes());
            summary.put(EngineSummaryKeys.CHECKPOINT_DURATION_MS, checkpoint.durationMs());
            summary.put("checkpointsCompleted", checkpoint.completedCount());
        });
        summary.put("numRestarts", status.restarts());
        Map<String, Object> placement = poller.placement();
        if (!placement.isEmpty()) {
            summary.put(EngineSummaryKeys.PLACEMENT, placement);
        }
        summary.put("stop", stopJob());
        if (cluster.archiveDir().isPresent()) {
            summary.put("archive", awaitArchive(cluster.archiveDir().get(), jobId()));
        }
        return summary;
    }

    /** After a failure: stop polling and cancel the job if it was never stopped. */
    @Override
    public void close() {
        if (poller != null) {
            poller.close();
        }
        if (client != null && !stopped) {
            cancelQuietly(client);
            stopped = true;
        }
    }

    private String jobId() {
        return client.getJobID().toHexString();
    }

    private static void cancelQuietly(JobClient client) {
        try {
            client.cancel().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            // already ended, or the cluster is gone: nothing left to cancel
        }
    }

    /** The job's knobs and pass-through settings, fresh for every submission attempt. */
    private Configuration flinkConfig() {
        Configuration config = new Configuration();
        knobs.applyTo(config);
        return config;
    }

    /** Defines the job on {@code target} and submits it. */
    private JobClient submit(FlinkCluster target) throws Exception {
        cluster = target;
        StreamExecutionEnvironment env = cluster.environment();
        serializer = defineJob(env, EventCodec.of(knobs.recordType()));
        return env.executeAsync("fsbench " + job.runId() + " " + job.workload().scenario());
    }

    /** Kafka in, counts out; returns the serializer Flink picked for the events (the record-type knob's effect). */
    private <T> String defineJob(StreamExecutionEnvironment env, EventCodec<T> codec) {
        WorkloadSpec workload = job.workload();
        DataStream<T> events = env.fromSource(
                        KafkaEndpoints.source(job, codec),
                        WordCountPipeline.watermarks(codec, workload.outOfOrdernessMs(), knobs.idlenessMs()),
                        "kafka-input")
                .uid("kafka-input");
        WordCountPipeline.windowedCounts(events, codec, workload.window(), knobs.windowJob())
                .sinkTo(KafkaEndpoints.sink(job, knobs.deliveryGuarantee()))
                .name("kafka-output")
                .uid("kafka-output");
        return events.getType()
                .createSerializer(env.getConfig().getSerializerConfig())
                .getClass()
                .getSimpleName();
    }

    /**
     * Stop-with-savepoint first: it ends with a final checkpoint, so an exactly-once sink commits its last
     * transaction instead of aborting it. Cancel only if that fails.
     */
    private Map<String, Object> stopJob() throws Exception {
        stopped = true; // whatever happens below, close() must not cancel again
        Map<String, Object> outcome = new LinkedHashMap<>();
        long started = System.nanoTime();
        try {
            String savepoint = client.stopWithSavepoint(
                            false,
                            cluster.savepointDir()
                                    .map(Path::toUri)
                                    .map(Object::toString)
                                    .orElse(null),
                            SavepointFormatType.CANONICAL)
                    .get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            outcome.put("mode", "stop-with-savepoint");
            outcome.put("savepoint", savepoint);
        } catch (Exception e) {
            System.err.println("flink-bench: stop-with-savepoint failed (" + e + "), cancelling the job");
            client.cancel().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            outcome.put("mode", "cancel");
            outcome.put("stopWithSavepointError", String.valueOf(e));
        }
        outcome.put("stopMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return outcome;
    }

    /** The JobManager writes the archive asynchronously after the job ends; the HistoryServer reads it later. */
    private static String awaitArchive(Path archiveDir, String jobId) throws InterruptedException {
        Path archive = archiveDir.resolve(jobId);
        long deadline = System.currentTimeMillis() + ARCHIVE_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (Files.isRegularFile(archive)) {
                return archive.toString();
            }
            Thread.sleep(200);
        }
        System.err.println("flink-bench: no job archive at " + archive + " after " + ARCHIVE_TIMEOUT_MS + " ms");
        return null;
    }
}
