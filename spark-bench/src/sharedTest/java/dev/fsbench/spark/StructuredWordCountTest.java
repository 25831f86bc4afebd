package dev.fsbench.spark;

import static dev.fsbench.spark.TestJobs.BASE_MS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.SubtaskLoad;
import dev.fsbench.api.WindowSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Structured Streaming pipeline and knobs on a file source and the memory sink (Kafka's broker cannot
 * share this module's classpath; the harness's end-to-end IT covers Kafka). One file per micro-batch, so
 * the watermark moves between files and the out-of-order events arrive after later ones.
 */
class StructuredWordCountTest {

    private static final long OUT_OF_ORDERNESS_MS = 500;
    /** Each inner list is one micro-batch; offsets from BASE_MS. */
    /** Some events carry padding (a workload's payloadBytes), which must not change a word or a count. */
    private static final List<List<String>> BATCHES = List.of(
            List.of(padded(100, "a"), event(800, "a")),
            List.of(event(1100, "b"), padded(600, "a")), // 500 ms late: exactly the allowed disorder
            // 5000 moves the watermark past the first three seconds; 1500 still counts (the watermark
            // only moves at the end of a micro-batch)
            List.of(padded(1900, "b"), event(5000, "z"), event(1500, "a")));

    @TempDir
    Path workDir;

    private static String event(long offsetMs, String word) {
        return RecordFormat.eventText(BASE_MS + offsetMs, word);
    }

    private static String padded(long offsetMs, String word) {
        return new String(RecordFormat.encodeEvent(BASE_MS + offsetMs, word, 100), StandardCharsets.UTF_8);
    }

    @Test
    void tumblingWindowsOnRocksDbWithATriggerIntervalAreExactAndTheKnobsReachTheQuery() throws Exception {
        Map<String, String> knobs = Map.of(
                "spark.stateStore",
                "rocksdb",
                "spark.triggerIntervalMs",
                "200",
                "spark.sql.shuffle.partitions",
                "3",
                "spark.executor.memory",
                "768m",
                "spark.memory.offHeap.enabled",
                "true",
                "spark.memory.offHeap.size",
                "64m");
        Run run = run(WindowSpec.tumbling(1000), knobs, 3);

        assertThat(run.output)
                .containsExactlyInAnyOrder(
                        window(0, 1000, "a", 3), window(1000, 2000, "a", 1), window(1000, 2000, "b", 2));
        assertThat(run.applied)
                .containsEntry("triggerIntervalMs", 200L)
                .containsEntry("spark.sql.shuffle.partitions", "3")
                .containsEntry("stateNumShufflePartitions", 3L)
                .containsEntry("stateStoreProvider", SparkKnobs.ROCKSDB_STATE_STORE_PROVIDER)
                .containsEntry("outputMode", "Append")
                .containsEntry("master", "local[2]")
                .containsEntry("spark.executor.memory", "768m")
                .containsEntry("spark.memory.offHeap.enabled", "true")
                .containsEntry("spark.memory.offHeap.size", "64m");
        assertThat((String) run.applied.get("checkpointLocation"))
                .contains(workDir.resolve(SparkRunFiles.CHECKPOINT_DIR).toString());
        // Only the RocksDB provider reports rocksdb* state store metrics: the provider really ran.
        @SuppressWarnings("unchecked")
        Set<String> stateMetrics = (Set<String>) run.applied.get("stateStoreCustomMetrics");
        assertThat(stateMetrics).anyMatch(name -> name.startsWith("rocksdb"));
        assertThat(run.metricNames)
                .contains(
                        "spark.inputRowsPerSecond",
                        "spark.processedRowsPerSecond",
                        "spark.durationMs",
                        "spark.stateRows",
                        "spark.stateMemoryBytes",
                        "spark.batchId",
                        "spark.watermarkLagMs");
        assertThat(Files.list(workDir.resolve(SparkRunFiles.EVENT_LOG_DIR))).isNotEmpty();
        // the aggregation reads one partial count per (window, word) per micro-batch (one input file each):
        // 1 + 2 + 3 rows, spread over the 3 shuffle partitions of the state
        assertThat(run.load.vertex()).isEqualTo("aggregate(window, word)");
        assertThat(run.load.recordsIn()).hasSize(3);
        assertThat(run.load.recordsIn().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(6);
        // the state after the last batch with input, which evicted by the watermark of the batch before (600):
        // (0, a), (1000, a), (1000, b), (5000, z)
        assertThat(run.state.rows()).isEqualTo(4);
        assertThat(run.state.memoryUsedBytes()).isPositive();
        assertThat(run.state.commitTimeMs()).isNotNegative();
        // local mode: every micro-batch's source task ran on the one executor there is, the driver
        assertThat(run.placement)
                .containsEntry("kind", "per-batch")
                .containsEntry("executors", 1)
                .containsEntry("moves", 0L)
                .containsEntry("partitions", Map.of("0", 1));
        assertThat((Long) run.placement.get("batches")).isGreaterThan(1);
        assertThat((Long) run.placement.get("tasksLaunched")).isGreaterThan((Long) run.placement.get("batches"));
        assertThat(run.placement).containsKey("schedulerDelayMs");
    }

    @Test
    void slidingWindowsOnTheDefaultsAreExact() throws Exception {
        Run run = run(new WindowSpec(2000, 1000), Map.of(), 5);

        assertThat(run.output)
                .containsExactlyInAnyOrder(
                        window(-1000, 1000, "a", 3),
                        window(0, 2000, "a", 4),
                        window(0, 2000, "b", 2),
                        window(1000, 3000, "a", 1),
                        window(1000, 3000, "b", 2));
        assertThat(run.applied)
                .containsEntry("triggerIntervalMs", 0L)
                .containsEntry("spark.sql.shuffle.partitions", "2")
                .containsEntry("stateStoreProvider", SparkKnobs.HDFS_STATE_STORE_PROVIDER);
        assertThat((String) run.applied.get("webUi")).startsWith("http://127.0.0.1:");
        // each event is in two windows: 2 + 4 + 6 partial counts (window, word) over the micro-batches
        assertThat(run.load.recordsIn()).hasSize(2);
        assertThat(run.load.recordsIn().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(12);
        assertThat(run.state.memoryUsedBytes()).isPositive();
    }

    /** Two-phase counts on salted keys: exactly the same windows, whatever salt each event got. */
    @Test
    void saltedSlidingWindowsAreTheSameWindows() throws Exception {
        Run run = run(new WindowSpec(2000, 1000), Map.of("spark.skewMitigation", "salt", "spark.saltBuckets", "3"), 5);

        assertThat(run.output)
                .containsExactlyInAnyOrder(
                        window(-1000, 1000, "a", 3),
                        window(0, 2000, "a", 4),
                        window(0, 2000, "b", 2),
                        window(1000, 3000, "a", 1),
                        window(1000, 3000, "b", 2));
        assertThat(run.applied).containsEntry("spark.skewMitigation", "salt").containsEntry("spark.saltBuckets", 3);
        // the salted pre-aggregation is counted: at least the unsalted 12 partial counts (a word's events may
        // carry different salts), at most one per event and window (8 events in 2 windows each)
        assertThat(run.load.vertex()).isEqualTo("aggregate(window, word, salt)");
        assertThat(run.load.recordsIn().stream().mapToLong(Long::longValue).sum())
                .isBetween(12L, 16L);
    }

    private static String window(long startOffset, long endOffset, String word, long count) {
        return RecordFormat.windowResultText(BASE_MS + startOffset, BASE_MS + endOffset, word, count);
    }

    private record Run(
            List<String> output,
            Map<String, Object> applied,
            Set<String> metricNames,
            SubtaskLoad load,
            StructuredProgressMetrics.StateFigures state,
            Map<String, Object> placement) {}

    private Run run(WindowSpec window, Map<String, String> properties, int expectedWindows) throws Exception {
        JobSpec job =
                TestJobs.job("spark-structured", workDir, TestJobs.workload(window, OUT_OF_ORDERNESS_MS, properties));
        SparkKnobs knobs = new SparkKnobs(job.workload());
        Path input = Files.createDirectories(workDir.resolve("input"));
        writeBatches(input);
        Set<String> metricNames = new TreeSet<>();
        StructuredProgressMetrics metrics = new StructuredProgressMetrics((name, tags, value) -> {
            synchronized (metricNames) {
                metricNames.add(name);
            }
        });
        CountingStageLoad load = new CountingStageLoad(StructuredStreamingEngine.countingStage(knobs));
        TaskScheduling scheduling = new TaskScheduling((name, tags, value) -> {});
        SparkSession spark = SparkSession.builder()
                .config(StructuredStreamingEngine.sparkConf(job, knobs))
                .getOrCreate();
        List<String> output;
        Map<String, Object> applied;
        try {
            spark.streams().addListener(metrics);
            spark.sparkContext().addSparkListener(load);
            spark.sparkContext().addSparkListener(scheduling);
            var lines = spark.readStream().option("maxFilesPerTrigger", 1).text(input.toString());
            StreamingQuery query = StructuredWordCount.configure(
                            (knobs.salted()
                                            ? StructuredWordCount.saltedWindowedCounts(
                                                    lines, window, OUT_OF_ORDERNESS_MS, knobs.saltBuckets())
                                            : StructuredWordCount.windowedCounts(lines, window, OUT_OF_ORDERNESS_MS))
                                    .writeStream(),
                            knobs,
                            workDir.resolve(SparkRunFiles.CHECKPOINT_DIR))
                    .format("memory")
                    .start();
            metrics.follow(query.id());
            output = awaitOutput(spark, query, expectedWindows);
            applied = StructuredStreamingEngine.appliedSettings(spark, query, knobs, metrics);
            applied.putAll(SparkAppliedSettings.readyInfo(spark.sparkContext()));
            query.stop();
        } finally {
            spark.stop(); // drains the listener bus, as in the engine
        }
        synchronized (metricNames) {
            return new Run(
                    output,
                    applied,
                    new TreeSet<>(metricNames),
                    load.load().orElseThrow(),
                    metrics.lastStateWithInput(),
                    scheduling.describe());
        }
    }

    /** Files in batch order: the file source orders by modification time. */
    private static void writeBatches(Path input) throws Exception {
        for (int i = 0; i < BATCHES.size(); i++) {
            Path file = Files.write(input.resolve("batch-" + i + ".txt"), BATCHES.get(i));
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000 + i * 1000L));
        }
    }

    /**
     * Waits until every file is consumed, then polls the memory sink (each poll is a Spark job competing with
     * the query, so not too often) until the windows closed by the last watermark have appeared.
     */
    private static List<String> awaitOutput(SparkSession spark, StreamingQuery query, int expectedWindows)
            throws Exception {
        query.processAllAvailable();
        long deadline = System.currentTimeMillis() + 60_000;
        List<String> output = List.of();
        while (System.currentTimeMillis() < deadline) {
            if (query.exception().isDefined()) {
                throw query.exception().get();
            }
            output = spark.table(StructuredWordCount.QUERY_NAME).collectAsList().stream()
                    .map((Row row) -> row.getString(row.fieldIndex("value")))
                    .collect(Collectors.toList());
            if (output.size() >= expectedWindows) {
                return output;
            }
            Thread.sleep(500);
        }
        return output;
    }
}
