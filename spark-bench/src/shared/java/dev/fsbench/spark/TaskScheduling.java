package dev.fsbench.spark;

import dev.fsbench.api.MetricSink;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.TaskInfo;
import org.apache.spark.status.AppStatusUtils$;

/**
 * How Spark schedules a streaming job, for both streaming APIs: every micro-batch's tasks are launched anew, so the
 * driver launches tasks all the time ({@link TaskTimings}) and each batch's source tasks may land on other executors
 * ({@link BatchPlacement}).
 *
 * <p>Which task read which Kafka partition: a source stage is a submitted stage without parent stages (the word
 * count's only such stage in a batch is the one scanning Kafka); its partition index is taken as the Kafka
 * partition. That holds because both Kafka sources make one RDD partition per topic-partition, in the order of the
 * batch's offset ranges (DStreams' {@code KafkaRDD}; Structured Streaming's input partitions, one per offset range).
 * It can shift when Structured Streaming leaves out a partition without new records in a batch, or splits ranges
 * ({@code minPartitions}): then an index names a slot of the batch, not a fixed partition.
 */
final class TaskScheduling extends SparkListener implements AutoCloseable {

    /** Set on every job of a micro-batch by Structured Streaming ({@code MicroBatchExecution.BATCH_ID_KEY}). */
    static final String STRUCTURED_BATCH_ID = "streaming.sql.batchId";
    /** Set on every job of a batch by DStreams' {@code JobScheduler} ({@code BATCH_TIME_PROPERTY_KEY}). */
    static final String DSTREAM_BATCH_TIME = "spark.streaming.internal.batchTime";

    private final MetricSink sink;
    private final TaskTimings timings = new TaskTimings();
    private final BatchPlacement placement = new BatchPlacement();
    /** Running source stages and their batch; a stage leaves when it completes, so this stays small. */
    private final Map<Integer, String> sourceStages = new ConcurrentHashMap<>();

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "spark-task-scheduling-ticker");
        thread.setDaemon(true);
        return thread;
    });

    TaskScheduling(MetricSink sink) {
        this.sink = sink;
    }

    /** Starts the per-second series. */
    void start() {
        ticker.scheduleAtFixedRate(() -> timings.tick(sink), 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        if (submitted.stageInfo().parentIds().isEmpty()) {
            int stage = submitted.stageInfo().stageId();
            sourceStages.put(stage, batchOf(submitted.properties(), stage));
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
        sourceStages.remove(completed.stageInfo().stageId());
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart start) {
        timings.launched(start.taskInfo().launchTime());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskInfo task = end.taskInfo();
        TaskMetrics metrics = end.taskMetrics();
        if (metrics != null && task.finished()) {
            timings.ended(schedulerDelayMs(task, metrics));
        }
        String batch = sourceStages.get(end.stageId());
        // a failed attempt is run again elsewhere: the successful one says where the partition was read
        if (batch != null && task.successful()) {
            placement.taskRan(batch, task.partitionId(), task.executorId());
        }
    }

    /** Spark's own formula, the one its UI's stage page shows as "Scheduler Delay". */
    static long schedulerDelayMs(TaskInfo task, TaskMetrics metrics) {
        return AppStatusUtils$.MODULE$.schedulerDelay(
                task.launchTime(),
                task.gettingResultTime(),
                task.duration(),
                metrics.executorDeserializeTime(),
                metrics.resultSerializationTime(),
                metrics.executorRunTime());
    }

    /** The batch a job belongs to, from the properties the streaming API sets on it; the stage where none is set. */
    static String batchOf(Properties properties, int stage) {
        if (properties != null && properties.getProperty(STRUCTURED_BATCH_ID) != null) {
            return "batch " + properties.getProperty(STRUCTURED_BATCH_ID);
        }
        if (properties != null && properties.getProperty(DSTREAM_BATCH_TIME) != null) {
            return "batch time " + properties.getProperty(DSTREAM_BATCH_TIME);
        }
        return "stage " + stage;
    }

    /** The placement and the task figures, for the engine summary; empty before any source task. */
    Map<String, Object> describe() {
        Map<String, Object> described = new LinkedHashMap<>(placement.describe());
        if (described.isEmpty()) {
            return described;
        }
        described.putAll(timings.describe());
        return described;
    }

    /** Stops the series; call after the SparkContext stopped, so every task's end has arrived. */
    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
