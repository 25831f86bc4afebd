package dev.fsbench.spark;

import dev.fsbench.api.EngineSession;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine JVM's life shared by both Spark engines: start, report ready, watch, stop on request, summarize. */
final class SparkEngineRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SparkEngineRunner.class);
    private static final long FAILURE_POLL_MS = 500;

    private SparkEngineRunner() {}

    static void run(String[] args, Function<EngineSession, SparkStreamingJob> jobFactory) {
        int exitCode = 0;
        try (EngineSession session = EngineSession.open(args);
                SparkStreamingJob job = jobFactory.apply(session)) {
            session.ready(job.start());
            while (!session.awaitStopRequest(FAILURE_POLL_MS, TimeUnit.MILLISECONDS)) {
                job.throwIfFailed();
            }
            LOG.info("stop requested: stopping the Spark job gracefully");
            session.summary(job.stop());
        } catch (Throwable e) {
            LOG.error("Spark engine failed", e);
            exitCode = 1;
        }
        // Spark and Kafka client pools can leave non-daemon threads behind after a clean stop.
        System.exit(exitCode);
    }
}
