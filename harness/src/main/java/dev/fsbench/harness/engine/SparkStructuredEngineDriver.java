package dev.fsbench.harness.engine;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.SparkSettings;

/** Spark Structured Streaming: event-time windows with a watermark, verified window by window (EXACT). */
public final class SparkStructuredEngineDriver extends SparkEngineDriver {

    public SparkStructuredEngineDriver() {
        super("spark-structured", "dev.fsbench.spark.StructuredStreamingEngine");
    }

    /** The trigger interval: each micro-batch commits its offsets and state to the checkpoint. */
    @Override
    public long commitIntervalMs(WorkloadSpec workload) {
        return SparkSettings.TRIGGER_INTERVAL_MS.get(workload);
    }
}
