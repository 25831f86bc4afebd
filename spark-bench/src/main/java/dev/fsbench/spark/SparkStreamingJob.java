package dev.fsbench.spark;

import java.util.Map;

/** One Spark streaming job as {@link SparkEngineRunner} drives it through the harness protocol. */
interface SparkStreamingJob extends AutoCloseable {

    /** Starts consuming; returns what goes into ready.json (UI address, application id). */
    Map<String, Object> start() throws Exception;

    /** Throws the job's failure, if it has failed, so the engine JVM exits with it instead of idling. */
    void throwIfFailed() throws Exception;

    /** Stops gracefully; returns the knobs as the running job applied them, for engine-summary.json. */
    Map<String, Object> stop() throws Exception;

    /** Releases whatever {@link #stop()} did not (after a failure); must be safe to call twice. */
    @Override
    void close();
}
