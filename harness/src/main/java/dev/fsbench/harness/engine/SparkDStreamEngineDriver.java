package dev.fsbench.harness.engine;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.SparkSettings;

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

    @Override
    public VerificationMode verificationMode() {
        return VerificationMode.CONSERVATION;
    }
}
