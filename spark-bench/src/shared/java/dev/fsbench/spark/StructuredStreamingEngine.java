package dev.fsbench.spark;

import dev.fsbench.api.EngineContext;
import dev.fsbench.api.EngineJob;
import dev.fsbench.api.EngineMain;
import dev.fsbench.api.EngineSummaryKeys;
import dev.fsbench.api.JobSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.SparkSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.streaming.ProcessingTimeTrigger;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.apache.spark.sql.streaming.Trigger;

/**
 * Engines "spark-structured" (Spark 3.5, spark-bench) and "spark4-structured" (Spark 4, spark4-bench, which compiles
 * this source too): {@link StructuredWordCount} from the input topic to the output topic.
 */
public final class StructuredStreamingEngine implements EngineJob {

    static final String STATE_STORE_PROVIDER_KEY = "spark.sql.streaming.stateStore.providerClass";
    /** How long a stop waits for an in-flight micro-batch to commit before interrupting it. */
    private static final long GRACEFUL_STOP_TIMEOUT_MS = 15_000;

    private final EngineContext context;
    private final JobSpec job;
    private final SparkKnobs knobs;
    private final StructuredProgressMetrics metrics;
    private final CountingStageLoad load;
    private final TaskScheduling scheduling;
    private SparkSession spark;
    private StreamingQuery query;

    StructuredStreamingEngine(EngineContext context) {
        this.context = context;
        this.job = context.job();
        this.knobs = new SparkKnobs(job.workload());
        this.metrics = new StructuredProgressMetrics(context.metrics());
        this.load = new CountingStageLoad(countingStage(knobs));
        this.scheduling = new TaskScheduling(context.metrics());
    }

    /** The stage {@link CountingStageLoad} counts: the (salted) stateful aggregation. */
    static String countingStage(SparkKnobs knobs) {
        return knobs.salted() ? "aggregate(window, word, salt)" : "aggregate(window, word)";
    }

    public static void main(String[] args) {
        EngineMain.run(args, StructuredStreamingEngine::new);
    }

    @Override
    public Map<String, Object> start() throws Exception {
        WorkloadSpec workload = job.workload();
        spark = SparkSession.builder().config(sparkConf(job, knobs)).getOrCreate();
        spark.streams().addListener(metrics);
        spark.sparkContext().addSparkListener(load);
        spark.sparkContext().addSparkListener(scheduling);
        scheduling.start();
        Dataset<Row> lines = spark.readStream()
                .format("kafka")
                .options(KafkaClientOptions.structuredStreamingOptions(job))
                .option("subscribe", job.inputTopic())
                .option("startingOffsets", "earliest")
                .options(maxOffsetsPerTrigger())
                .load()
                .selectExpr("CAST(value AS STRING) AS value");
        Dataset<Row> counts = knobs.salted()
                ? StructuredWordCount.saltedWindowedCounts(
                        lines, workload.window(), workload.outOfOrdernessMs(), knobs.saltBuckets())
                : StructuredWordCount.windowedCounts(lines, workload.window(), workload.outOfOrdernessMs());
        query = StructuredWordCount.configure(counts.writeStream(), knobs, freshCheckpointDir())
                .format("kafka")
                .options(KafkaClientOptions.structuredStreamingOptions(job))
                .option("topic", job.outputTopic())
                .start();
        metrics.follow(query.id());
        Map<String, Object> info = SparkAppliedSettings.readyInfo(spark.sparkContext());
        info.put("queryId", query.id().toString());
        return info;
    }

    /** The shared conf plus the state store provider, which SQL reads when a stateful query starts. */
    static SparkConf sparkConf(JobSpec job, SparkKnobs knobs) throws IOException {
        return SparkConfFactory.create(job, knobs).set(STATE_STORE_PROVIDER_KEY, knobs.stateStoreProviderClass());
    }

    /** The source's cap on offsets per micro-batch (spark.maxOffsetsPerTrigger), if one is set. */
    private Map<String, String> maxOffsetsPerTrigger() {
        long cap = knobs.maxOffsetsPerTrigger();
        return cap == 0 ? Map.of() : Map.of("maxOffsetsPerTrigger", Long.toString(cap));
    }

    private Path freshCheckpointDir() throws IOException {
        Path dir = context.workDir().resolve(SparkRunFiles.CHECKPOINT_DIR);
        if (SparkSettings.RESUME_FROM_CHECKPOINT.get(job.workload())) {
            // a restart after the harness killed this workload's engine: resume as an operator would
            return dir;
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException("checkpoint directory " + dir + " is not empty: Spark would resume "
                            + "an earlier run's offsets and state; use a fresh work directory");
                }
            }
        }
        return dir;
    }

    @Override
    public void throwIfFailed() throws Exception {
        if (query.exception().isDefined()) {
            throw query.exception().get();
        }
        if (!query.isActive()) {
            throw new IllegalStateException("the streaming query stopped before the harness asked it to");
        }
    }

    @Override
    public Map<String, Object> stop() throws Exception {
        waitForInFlightBatch();
        Map<String, Object> summary = appliedSettings(spark, query, knobs, metrics);
        query.stop();
        summary.put("microBatches", metrics.progressCount());
        summary.put("stateRowsDroppedByWatermark", metrics.rowsDroppedByWatermark());
        putStateFigures(summary, metrics.lastStateWithInput());
        spark.stop(); // drains the listener bus: every task's metrics have reached the load
        load.load().ifPresent(counted -> summary.put(EngineSummaryKeys.WINDOW_SUBTASK_LOAD, counted.describe()));
        scheduling.close();
        Map<String, Object> placement = scheduling.describe();
        if (!placement.isEmpty()) {
            summary.put(EngineSummaryKeys.PLACEMENT, placement);
        }
        return summary;
    }

    /** Stopping interrupts a running micro-batch; let the current one finish so its windows reach the topic. */
    private void waitForInFlightBatch() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACEFUL_STOP_TIMEOUT_MS);
        while (query.isActive() && query.status().isTriggerActive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** The knobs as the running query and session apply them. */
    static Map<String, Object> appliedSettings(
            SparkSession spark, StreamingQuery running, SparkKnobs knobs, StructuredProgressMetrics metrics) {
        Map<String, Object> applied = new LinkedHashMap<>(SparkAppliedSettings.of(spark.sparkContext(), knobs));
        // var: the execution's class lives in another package on Spark 4 (StreamExecutions, one per Spark line)
        var execution = StreamExecutions.of(running);
        applied.put("triggerIntervalMs", triggerIntervalMs(execution.trigger()));
        applied.put("outputMode", execution.outputMode().toString());
        applied.put("checkpointLocation", execution.resolvedCheckpointRoot());
        applied.put(SparkKnobs.SHUFFLE_PARTITIONS, spark.conf().get(SparkKnobs.SHUFFLE_PARTITIONS));
        applied.put("stateStoreProvider", spark.conf().get(STATE_STORE_PROVIDER_KEY));
        StreamingQueryProgress progress = metrics.lastProgressWithState();
        if (progress != null && progress.stateOperators().length > 0) {
            var state = progress.stateOperators()[0];
            applied.put("stateNumShufflePartitions", state.numShufflePartitions());
            // RocksDB reports rocksdb* metrics here, the HDFS-backed store its own: evidence of the provider in use.
            applied.put(
                    "stateStoreCustomMetrics",
                    new TreeSet<>(state.customMetrics().keySet()));
        }
        return applied;
    }

    /** State size and commit time of the last micro-batch with input, under the keys every engine uses. */
    static void putStateFigures(Map<String, Object> summary, StructuredProgressMetrics.StateFigures state) {
        if (state != null) {
            summary.put(EngineSummaryKeys.STATE_SIZE_BYTES, state.memoryUsedBytes());
            summary.put(EngineSummaryKeys.CHECKPOINT_DURATION_MS, state.commitTimeMs());
            summary.put("stateRows", state.rows());
        }
    }

    static Object triggerIntervalMs(Trigger trigger) {
        return trigger instanceof ProcessingTimeTrigger processingTime
                ? processingTime.intervalMs()
                : trigger.toString();
    }

    @Override
    public void close() {
        scheduling.close();
        if (spark != null) {
            spark.stop();
        }
    }
}
