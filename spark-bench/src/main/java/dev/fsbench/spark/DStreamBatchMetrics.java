package dev.fsbench.spark;

import dev.fsbench.api.MetricSink;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.streaming.scheduler.BatchInfo;
import org.apache.spark.streaming.scheduler.StreamingListener;
import org.apache.spark.streaming.scheduler.StreamingListenerBatchCompleted;
import org.apache.spark.streaming.scheduler.StreamingListenerBatchSubmitted;
import scala.Option;

/**
 * Every completed batch as engine metrics. A scheduling delay that keeps growing means batches take longer
 * than the batch interval: Spark Streaming's sign of overload, and what backpressure reacts to. The intake is
 * counted when a batch is submitted: that is when the direct Kafka stream fixes the batch's offset ranges, sized
 * by the rate controller ({@code spark.streaming.backpressure.enabled}) and capped by
 * {@code spark.streaming.kafka.maxRatePerPartition}.
 */
final class DStreamBatchMetrics implements StreamingListener {

    private final MetricSink sink;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong maxSchedulingDelayMs = new AtomicLong();
    private final AtomicLong firstBatchTimeMs = new AtomicLong(-1);
    private final AtomicLong submittedRecords = new AtomicLong();
    private final long batchIntervalMs;

    DStreamBatchMetrics(MetricSink sink, long batchIntervalMs) {
        this.sink = sink;
        this.batchIntervalMs = batchIntervalMs;
    }

    @Override
    public void onBatchSubmitted(StreamingListenerBatchSubmitted event) {
        long records = event.batchInfo().numRecords();
        Map<String, String> none = Map.of();
        sink.metric(MetricSink.INTAKE_EVENTS_TOTAL, none, submittedRecords.addAndGet(records));
        // the batch's input rate, as Spark's Streaming tab shows it: its records over the batch interval
        sink.metric("spark.batch.inputEventsPerSecond", none, records * 1000.0 / batchIntervalMs);
    }

    @Override
    public void onBatchCompleted(StreamingListenerBatchCompleted event) {
        BatchInfo batch = event.batchInfo();
        firstBatchTimeMs.compareAndSet(-1, batch.batchTime().milliseconds());
        batches.incrementAndGet();
        records.addAndGet(batch.numRecords());
        Map<String, String> none = Map.of();
        sink.metric("spark.batch.records", none, batch.numRecords());
        long schedulingDelay = millis(batch.schedulingDelay());
        maxSchedulingDelayMs.accumulateAndGet(schedulingDelay, Math::max);
        sink.metric("spark.batch.schedulingDelayMs", none, schedulingDelay);
        sink.metric("spark.batch.processingDelayMs", none, millis(batch.processingDelay()));
        sink.metric("spark.batch.totalDelayMs", none, millis(batch.totalDelay()));
    }

    private static long millis(Option<Object> delay) {
        return delay.isDefined() ? (Long) delay.get() : -1;
    }

    long batches() {
        return batches.get();
    }

    long records() {
        return records.get();
    }

    long maxSchedulingDelayMs() {
        return maxSchedulingDelayMs.get();
    }
}
