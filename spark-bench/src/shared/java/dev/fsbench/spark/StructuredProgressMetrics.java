package dev.fsbench.spark;

import dev.fsbench.api.MetricSink;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.streaming.StateOperatorProgress;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.apache.spark.sql.streaming.StreamingQueryProgress;

/** Every {@link StreamingQueryProgress} of one query as engine metrics: the numbers Spark's UI plots. */
final class StructuredProgressMetrics extends StreamingQueryListener {

    private final MetricSink sink;
    private final AtomicReference<UUID> queryId = new AtomicReference<>();
    private final AtomicReference<StreamingQueryProgress> lastWithState = new AtomicReference<>();
    private final AtomicLong progressCount = new AtomicLong();
    private final AtomicLong rowsDroppedByWatermark = new AtomicLong();
    private final AtomicReference<StateFigures> lastStateWithInput = new AtomicReference<>();
    private final AtomicLong inputRows = new AtomicLong();

    /**
     * The state of one micro-batch, summed over its stateful operators.
     *
     * @param memoryUsedBytes Spark's {@code memoryUsedBytes}: the HDFS-backed store's estimate of its maps on the
     *                        heap, RocksDB's own estimate of its native memory (memtables, block cache, indexes),
     *                        not the files on disk
     * @param commitTimeMs    Spark's {@code commitTimeMs}, summed by Spark over the operator's tasks: the time
     *                        spent writing the new state version to the checkpoint location (a delta file for
     *                        HDFS; RocksDB's flush, checkpoint and file upload), the nearest thing to a
     *                        checkpoint duration (every micro-batch commits its state)
     */
    record StateFigures(long memoryUsedBytes, long rows, long commitTimeMs) {}

    StructuredProgressMetrics(MetricSink sink) {
        this.sink = sink;
    }

    void follow(UUID id) {
        queryId.set(id);
    }

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
        StreamingQueryProgress progress = event.progress();
        if (!progress.id().equals(queryId.get())) {
            return;
        }
        progressCount.incrementAndGet();
        Map<String, String> none = Map.of();
        sink.metric("spark.batchId", none, progress.batchId());
        sink.metric("spark.inputRowsPerSecond", none, progress.inputRowsPerSecond());
        sink.metric("spark.processedRowsPerSecond", none, progress.processedRowsPerSecond());
        sink.metric("spark.numInputRows", none, progress.numInputRows());
        // the rows this micro-batch read from Kafka (at most maxOffsetsPerTrigger), reported when it ends
        sink.metric(MetricSink.INTAKE_EVENTS_TOTAL, none, inputRows.addAndGet(progress.numInputRows()));
        Long triggerMs = progress.durationMs().get("triggerExecution");
        if (triggerMs != null) {
            sink.metric("spark.batchDurationMs", none, triggerMs);
        }
        progress.durationMs().forEach((phase, ms) -> sink.metric("spark.durationMs", Map.of("phase", phase), ms));
        String watermark = progress.eventTime().get("watermark");
        // Before the first batch with data the watermark is the epoch: no lag to speak of yet.
        if (watermark != null && Instant.parse(watermark).toEpochMilli() > 0) {
            // How far event time trails the trigger: about the out-of-orderness when the query keeps up,
            // growing when it falls behind (windows close that much later).
            long lagMs = Instant.parse(progress.timestamp()).toEpochMilli()
                    - Instant.parse(watermark).toEpochMilli();
            sink.metric("spark.watermarkLagMs", none, lagMs);
        }
        StateOperatorProgress[] operators = progress.stateOperators();
        if (operators.length > 0) {
            long rows = 0;
            long memory = 0;
            long dropped = 0;
            long commitMs = 0;
            for (StateOperatorProgress operator : operators) {
                rows += operator.numRowsTotal();
                memory += operator.memoryUsedBytes();
                dropped += operator.numRowsDroppedByWatermark();
                commitMs += operator.commitTimeMs();
            }
            if (progress.numInputRows() > 0) {
                // batches without input (the watermark's own, those after the generator stopped) commit nothing new
                lastStateWithInput.set(new StateFigures(memory, rows, commitMs));
            }
            sink.metric("spark.stateRows", none, rows);
            sink.metric("spark.stateMemoryBytes", none, memory);
            sink.metric("spark.stateRowsDroppedByWatermark", none, dropped);
            rowsDroppedByWatermark.addAndGet(dropped);
            lastWithState.set(progress);
        }
    }

    long progressCount() {
        return progressCount.get();
    }

    /** Rows the aggregation discarded as later than the watermark: events a correct run must never lose. */
    long rowsDroppedByWatermark() {
        return rowsDroppedByWatermark.get();
    }

    /** The latest progress that had a stateful operator (its state store metrics show which provider ran). */
    StreamingQueryProgress lastProgressWithState() {
        return lastWithState.get();
    }

    /** The state after the last micro-batch that processed input; null before one. */
    StateFigures lastStateWithInput() {
        return lastStateWithInput.get();
    }

    @Override
    public void onQueryStarted(QueryStartedEvent event) {}

    @Override
    public void onQueryTerminated(QueryTerminatedEvent event) {}
}
