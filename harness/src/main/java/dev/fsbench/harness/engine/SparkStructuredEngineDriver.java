package dev.fsbench.harness.engine;

/** Spark Structured Streaming: event-time windows with a watermark, verified window by window (EXACT). */
public final class SparkStructuredEngineDriver extends SparkEngineDriver {

    public SparkStructuredEngineDriver() {
        super("spark-structured", "dev.fsbench.spark.StructuredStreamingEngine");
    }
}
