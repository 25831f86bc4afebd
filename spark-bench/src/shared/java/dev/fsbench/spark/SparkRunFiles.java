package dev.fsbench.spark;

/** Names of what the Spark engines write inside the run's work directory. */
public final class SparkRunFiles {

    /** Event logs for Spark's History Server ({@code spark.history.fs.logDirectory}). */
    public static final String EVENT_LOG_DIR = "spark-events";
    /** Structured Streaming's offsets, commits and state. */
    public static final String CHECKPOINT_DIR = "spark-checkpoint";

    private SparkRunFiles() {}
}
