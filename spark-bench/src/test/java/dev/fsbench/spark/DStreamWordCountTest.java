package dev.fsbench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.MetricSink;
import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.SubtaskLoad;
import dev.fsbench.api.WindowResult;
import dev.fsbench.api.WindowSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.streaming.Durations;
import org.apache.spark.streaming.api.java.JavaStreamingContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DStream pipeline on a queue stream (one RDD per batch), with Kryo and class registration required:
 * every event is counted exactly once, windows end on the epoch grid, and the knobs reach the context.
 */
class DStreamWordCountTest {

    private static final long BATCH_MS = 500;
    private static final WindowSpec WINDOW = WindowSpec.tumbling(1000);
    /** Local mode runs tasks in this JVM, so the sink can hand results to the test through a static. */
    private static final Queue<WindowResult> RESULTS = new ConcurrentLinkedQueue<>();

    @TempDir
    Path workDir;

    /** Salted, the shuffled keys are the job's own SaltedWord: registration required proves it is registered. */
    @ParameterizedTest(name = "salted {0}")
    @ValueSource(booleans = {false, true})
    void everyEventIsCountedOnceInProcessingTimeWindowsAndTheKnobsReachTheContext(boolean salted) throws Exception {
        Map<String, String> properties = new java.util.HashMap<>(Map.of(
                "spark.batchIntervalMs",
                Long.toString(BATCH_MS),
                "spark.serializer",
                "kryo",
                "spark.kryoRegistration",
                "true",
                "spark.streaming.backpressure.enabled",
                "true",
                "spark.streaming.kafka.maxRatePerPartition",
                "500"));
        if (salted) {
            properties.putAll(Map.of("spark.skewMitigation", "salt", "spark.saltBuckets", "3"));
        }
        JobSpec job = TestJobs.job("spark-dstream", workDir, TestJobs.workload(WINDOW, 0, properties));
        SparkKnobs knobs = new SparkKnobs(job.workload());
        List<List<String>> batches = List.of(
                List.of(event("a"), padded("a"), event("b")), // padding (payloadBytes) changes no word or count
                List.of(event("a")),
                List.of(padded("b"), event("b")),
                List.of(event("c")),
                List.of(event("a"), event("c")));
        RESULTS.clear();
        List<String> metricNames = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountingStageLoad load = new CountingStageLoad(DStreamEngine.countingStage(knobs));
        List<String> tickerSeries = new java.util.concurrent.CopyOnWriteArrayList<>();
        TaskScheduling scheduling = new TaskScheduling((name, tags, value) -> tickerSeries.add(name));
        JavaStreamingContext context = new JavaStreamingContext(
                SparkConfFactory.create(job, knobs), Durations.milliseconds(knobs.batchIntervalMs()));
        try {
            context.addStreamingListener(
                    new DStreamBatchMetrics((name, tags, value) -> metricNames.add(name), knobs.batchIntervalMs()));
            context.sparkContext().sc().addSparkListener(load);
            context.sparkContext().sc().addSparkListener(scheduling);
            scheduling.start();
            Queue<JavaRDD<String>> queue = new ArrayDeque<>();
            batches.forEach(batch -> queue.add(context.sparkContext().parallelize(batch, 2)));
            var lines = context.queueStream(queue, true);
            var counts = knobs.salted()
                    ? DStreamWordCount.saltedWindowedCounts(lines, WINDOW, knobs.saltBuckets())
                    : DStreamWordCount.windowedCounts(lines, WINDOW);
            DStreamWordCount.emit(
                    counts,
                    WINDOW,
                    (start, end, partition) -> partition.forEachRemaining(
                            count -> RESULTS.add(new WindowResult(start, end, count._1(), count._2()))));
            EpochAlignedStart.start(context, knobs.batchIntervalMs(), WINDOW.slideMs());

            awaitCounted(batches.stream().mapToLong(List::size).sum());
            Map<String, Object> applied = DStreamEngine.appliedSettings(context, knobs, WINDOW);

            Map<String, Long> totals = RESULTS.stream()
                    .collect(Collectors.groupingBy(WindowResult::word, Collectors.summingLong(WindowResult::count)));
            assertThat(totals).containsExactlyInAnyOrderEntriesOf(Map.of("a", 4L, "b", 3L, "c", 2L));
            assertThat(RESULTS)
                    .allSatisfy(result -> assertThat(result.windowEndMs() - result.windowStartMs())
                            .isEqualTo(WINDOW.sizeMs()));
            // Alignment to the epoch grid depends on start() reaching Spark's timer within one batch, which a
            // loaded machine can miss: the engine reports whether it happened, and that report must be true.
            boolean onGrid = RESULTS.stream().allMatch(r -> Math.floorMod(r.windowEndMs(), WINDOW.slideMs()) == 0);
            assertThat(applied).containsEntry("windowEndsOnEpochGrid", onGrid);
            assertThat(applied)
                    .containsEntry("batchIntervalMs", BATCH_MS)
                    .containsEntry("serializer", SparkKnobs.KRYO_SERIALIZER)
                    .containsEntry("spark.kryo.registrationRequired", "true")
                    .containsEntry("spark.kryo.classesToRegister", SaltedWord.class.getName())
                    .containsEntry("spark.skewMitigation", salted ? "salt" : "none")
                    .containsEntry("spark.streaming.backpressure.enabled", "true")
                    .containsEntry("spark.streaming.kafka.maxRatePerPartition", "500");
            assertThat(metricNames)
                    .contains(
                            "spark.batch.records",
                            "spark.batch.schedulingDelayMs",
                            "spark.batch.processingDelayMs",
                            "spark.batch.totalDelayMs",
                            "spark.batch.inputEventsPerSecond",
                            MetricSink.INTAKE_EVENTS_TOTAL);
        } finally {
            context.stop(true, false);
        }
        // the windowed reduce reads what the map side combined: one record per word and input slice of a batch
        // (each batch is parallelized in 2 slices: [a] [a b], [] [a], [b] [b], [c], [a] [c]); the same with salt,
        // since a word's events here share one event time and so one salt
        SubtaskLoad counted = load.load().orElseThrow();
        assertThat(counted.vertex())
                .isEqualTo(salted ? "reduceByKeyAndWindow(word, salt)" : "reduceByKeyAndWindow(word)");
        assertThat(counted.recordsIn()).hasSize(2);
        assertThat(counted.recordsIn().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(9);
        // local mode: each batch's 2 source tasks (the parallelized slices) ran on the one executor, the driver
        scheduling.close();
        Map<String, Object> placement = scheduling.describe();
        assertThat(placement)
                .containsEntry("kind", "per-batch")
                .containsEntry("executors", 1)
                .containsEntry("moves", 0L)
                .containsEntry("partitions", Map.of("0", 1, "1", 1));
        // a 1 s window over 500 ms batches reads two batches' slices in each window's job: one batch a slide
        assertThat((Long) placement.get("batches")).isGreaterThan(1);
        assertThat(tickerSeries).contains(TaskTimings.LAUNCHED_PER_SECOND, TaskTimings.SCHEDULER_DELAY);
    }

    private static String event(String word) {
        return RecordFormat.eventText(TestJobs.BASE_MS, word);
    }

    private static String padded(String word) {
        return new String(RecordFormat.encodeEvent(TestJobs.BASE_MS, word, 100), StandardCharsets.UTF_8);
    }

    private static void awaitCounted(long events) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (RESULTS.stream().mapToLong(WindowResult::count).sum() < events
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        // A duplicate would show up within the next windows.
        Thread.sleep(2 * WINDOW.sizeMs());
    }
}
