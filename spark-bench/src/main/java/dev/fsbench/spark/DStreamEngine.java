package dev.fsbench.spark;

import dev.fsbench.api.EngineContext;
import dev.fsbench.api.EngineJob;
import dev.fsbench.api.EngineMain;
import dev.fsbench.api.EngineSummaryKeys;
import dev.fsbench.api.JobSpec;
import dev.fsbench.api.WindowSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.spark.SparkConf;
import org.apache.spark.streaming.Durations;
import org.apache.spark.streaming.api.java.JavaStreamingContext;
import org.apache.spark.streaming.kafka010.ConsumerStrategies;
import org.apache.spark.streaming.kafka010.KafkaUtils;
import org.apache.spark.streaming.kafka010.LocationStrategies;

/** Engine "spark-dstream": {@link DStreamWordCount} on a direct Kafka stream, results to the output topic. */
public final class DStreamEngine implements EngineJob {

    private final JobSpec job;
    private final SparkKnobs knobs;
    private final WindowSpec window;
    private final DStreamBatchMetrics metrics;
    private final CountingStageLoad load;
    private final TaskScheduling scheduling;
    private JavaStreamingContext context;

    DStreamEngine(EngineContext engine) {
        this.job = engine.job();
        this.knobs = new SparkKnobs(job.workload());
        this.window = job.workload().window();
        this.metrics = new DStreamBatchMetrics(engine.metrics(), knobs.batchIntervalMs());
        this.load = new CountingStageLoad(countingStage(knobs));
        this.scheduling = new TaskScheduling(engine.metrics());
        DStreamWordCount.requireWholeBatches(window, knobs.batchIntervalMs());
    }

    public static void main(String[] args) {
        EngineMain.run(args, DStreamEngine::new);
    }

    /** The stage {@link CountingStageLoad} counts: the (salted) windowed reduce. */
    static String countingStage(SparkKnobs knobs) {
        return knobs.salted() ? "reduceByKeyAndWindow(word, salt)" : "reduceByKeyAndWindow(word)";
    }

    @Override
    public Map<String, Object> start() throws Exception {
        SparkConf conf = SparkConfFactory.create(job, knobs);
        context = new JavaStreamingContext(conf, Durations.milliseconds(knobs.batchIntervalMs()));
        context.addStreamingListener(metrics);
        context.sparkContext().sc().addSparkListener(load);
        context.sparkContext().sc().addSparkListener(scheduling);
        scheduling.start();
        var records = KafkaUtils.createDirectStream(
                context,
                LocationStrategies.PreferConsistent(),
                ConsumerStrategies.<String, String>Subscribe(List.of(job.inputTopic()), consumerProperties()));
        var lines = records.map(ConsumerRecord::value);
        var counts = knobs.salted()
                ? DStreamWordCount.saltedWindowedCounts(lines, window, knobs.saltBuckets())
                : DStreamWordCount.windowedCounts(lines, window);
        DStreamWordCount.emit(
                counts, window, new KafkaWindowSink(KafkaClientOptions.clientProperties(job), job.outputTopic()));
        EpochAlignedStart.start(context, knobs.batchIntervalMs(), window.slideMs());
        return SparkAppliedSettings.readyInfo(context.sparkContext().sc());
    }

    private Map<String, Object> consumerProperties() {
        Map<String, Object> properties = KafkaClientOptions.clientProperties(job);
        properties.put("key.deserializer", StringDeserializer.class);
        properties.put("value.deserializer", StringDeserializer.class);
        properties.put("group.id", "fsbench-spark-dstream-" + job.runId());
        properties.put("auto.offset.reset", "earliest");
        // Offsets live in the batches Spark generates; auto-commit would commit records not yet counted.
        properties.put("enable.auto.commit", false);
        return properties;
    }

    @Override
    public void throwIfFailed() throws InterruptedException {
        // awaitTerminationOrTimeout rethrows the error that stopped the context, if any.
        if (context.awaitTerminationOrTimeout(1)) {
            throw new IllegalStateException("the streaming context stopped before the harness asked it to");
        }
    }

    @Override
    public Map<String, Object> stop() {
        Map<String, Object> summary = appliedSettings(context, knobs, window);
        // Graceful: batches already generated are processed and written before the context stops.
        context.stop(true, true);
        KafkaWindowSink.closeAll();
        // The listener is detached when the context stops, so the last batches of a graceful stop may be missing.
        summary.put("batchesSeenByListener", metrics.batches());
        summary.put("recordsSeenByListener", metrics.records());
        summary.put("maxSchedulingDelayMs", metrics.maxSchedulingDelayMs());
        // the stopped SparkContext has drained its listener bus: every task's metrics have reached the load
        load.load().ifPresent(counted -> summary.put(EngineSummaryKeys.WINDOW_SUBTASK_LOAD, counted.describe()));
        scheduling.close();
        Map<String, Object> placement = scheduling.describe();
        if (!placement.isEmpty()) {
            summary.put(EngineSummaryKeys.PLACEMENT, placement);
        }
        return summary;
    }

    /** The knobs as the running context applies them. */
    static Map<String, Object> appliedSettings(JavaStreamingContext context, SparkKnobs knobs, WindowSpec window) {
        SparkConf conf = context.sparkContext().getConf();
        Map<String, Object> applied = new LinkedHashMap<>(
                SparkAppliedSettings.of(context.sparkContext().sc(), knobs));
        applied.put("batchIntervalMs", context.ssc().graph().batchDuration().milliseconds());
        applied.put("windowSizeMs", window.sizeMs());
        applied.put("windowSlideMs", window.slideMs());
        applied.put("windowEndsOnEpochGrid", EpochAlignedStart.isAligned(context, window.slideMs()));
        applied.put("windowTime", "processing time: end = batch time, start = end - size");
        applied.put("spark.streaming.backpressure.enabled", conf.get("spark.streaming.backpressure.enabled", "false"));
        applied.put(
                "spark.streaming.kafka.maxRatePerPartition",
                conf.get("spark.streaming.kafka.maxRatePerPartition", "0"));
        return applied;
    }

    @Override
    public void close() {
        scheduling.close();
        if (context != null) {
            context.stop(true, false);
        }
        KafkaWindowSink.closeAll();
    }
}
