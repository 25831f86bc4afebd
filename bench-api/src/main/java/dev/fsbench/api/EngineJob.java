package dev.fsbench.api;

import java.util.Map;

/**
 * One streaming job as {@link EngineMain} drives it through the harness protocol: {@link #start()} once,
 * {@link #throwIfFailed()} while the harness lets it run, {@link #stop()} when the harness asks, and
 * {@link #close()} always, last. A job never writes the protocol's files itself.
 */
public interface EngineJob extends AutoCloseable {

    /** Creates the job for one engine JVM; an {@link IllegalArgumentException} here means the job's settings are bad. */
    @FunctionalInterface
    interface Factory {
        EngineJob create(EngineContext context) throws Exception;
    }

    /**
     * Starts consuming and returns once the job takes input: the harness starts its generator only then.
     * Returns what goes into {@code ready.json} and the result's engine info (e.g. {@code webUi}, ids, versions).
     * An {@link IllegalArgumentException} here still counts as rejected settings ({@link EngineExit#REJECTED}).
     */
    Map<String, Object> start() throws Exception;

    /**
     * Throws the job's failure if it has ended on its own, so the engine JVM exits with it instead of idling
     * while the harness waits for windows that never come. Called every
     * {@value EngineMain#FAILURE_CHECK_INTERVAL_MS} ms until a stop is requested.
     */
    default void throwIfFailed() throws Exception {}

    /**
     * Stops gracefully, so that every window already computed reaches the output topic, and returns the content of
     * {@code engine-summary.json}: the settings as the running engine applied them and its final figures.
     */
    Map<String, Object> stop() throws Exception;

    /** Releases whatever {@link #stop()} did not (after a failure); called after it too, so must be idempotent. */
    @Override
    default void close() {}
}
