package dev.fsbench.harness.engine;

/**
 * Spark Streaming (DStreams): windows are made of batches, i.e. processing time, so the collector checks that
 * every event is counted exactly once overall and reports how many landed in another window than their
 * event time's (CONSERVATION).
 */
public final class SparkDStreamEngineDriver extends SparkEngineDriver {

    public SparkDStreamEngineDriver() {
        super("spark-dstream", "dev.fsbench.spark.DStreamEngine");
    }

    @Override
    public VerificationMode verificationMode() {
        return VerificationMode.CONSERVATION;
    }
}
