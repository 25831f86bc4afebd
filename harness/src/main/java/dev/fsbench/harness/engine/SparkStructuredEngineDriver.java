package dev.fsbench.harness.engine;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.Engines;
import dev.fsbench.api.knobs.SparkSettings;

/**
 * Spark Structured Streaming: event-time windows with a watermark, verified window by window (EXACT). One job, two
 * Spark lines: spark-structured runs it on Spark 3.5 (spark-bench), spark4-structured on Spark 4 (spark4-bench,
 * which compiles spark-bench's shared sources), each from its own module's classpath.
 */
public final class SparkStructuredEngineDriver extends SparkEngineDriver {

    static final String MAIN_CLASS = "dev.fsbench.spark.StructuredStreamingEngine";
    public static final String SPARK4_MODULE = "spark4-bench";

    public SparkStructuredEngineDriver() {
        super(Engines.SPARK_STRUCTURED, MAIN_CLASS);
    }

    private SparkStructuredEngineDriver(String name, String module, VersionKeys versionKeys) {
        super(name, MAIN_CLASS, module, versionKeys);
    }

    /** The same job on Spark 4 (Scala 2.13); its versions are listed as {@code spark4} and {@code spark4-scala}. */
    public static SparkStructuredEngineDriver onSpark4() {
        return new SparkStructuredEngineDriver(
                Engines.SPARK4_STRUCTURED, SPARK4_MODULE, new VersionKeys("spark4", "spark4-scala"));
    }

    /** The trigger interval: each micro-batch commits its offsets and state to the checkpoint. */
    @Override
    public long commitIntervalMs(WorkloadSpec workload) {
        return SparkSettings.TRIGGER_INTERVAL_MS.get(workload);
    }
}
