package dev.fsbench.harness.engine;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.SparkSettings;
import java.time.Duration;

/**
 * Spark Streaming (DStreams): windows are made of batches, i.e. processing time, so the collector checks every
 * word's count over all windows, the batch grid, duplicates and the vocabulary, and reports how many events landed
 * in another window than their event time's (CONSERVATION).
 */
public final class SparkDStreamEngineDriver extends SparkEngineDriver {

    public SparkDStreamEngineDriver() {
        super("spark-dstream", "dev.fsbench.spark.DStreamEngine");
    }

    /** The batch interval: every batch's output is written when the batch completes. */
    @Override
    public long commitIntervalMs(WorkloadSpec workload) {
        return SparkSettings.BATCH_INTERVAL_MS.get(workload);
    }

    /**
     * A graceful DStream stop processes every batch already generated; Spark's own bound for that
     * (spark.streaming.gracefulStopTimeout) is 10 batch intervals. Then the context stop and the JVM's exit.
     */
    @Override
    public Duration gracefulStopTimeout(WorkloadSpec workload) {
        return Duration.ofMillis(10 * SparkSettings.BATCH_INTERVAL_MS.get(workload))
                .plus(CONTEXT_STOP);
    }

    @Override
    public VerificationMode verificationMode() {
        return VerificationMode.CONSERVATION;
    }
}
