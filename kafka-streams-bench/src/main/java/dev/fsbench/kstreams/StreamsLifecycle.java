package dev.fsbench.kstreams;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/**
 * Watches one {@link KafkaStreams} instance: its first failure (a stream thread's uncaught exception shuts the
 * whole client down rather than being replaced, so the engine fails instead of idling) and when it takes input.
 */
final class StreamsLifecycle {

    private static final long POLL_MS = 100;

    private final KafkaStreams streams;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    StreamsLifecycle(KafkaStreams streams) {
        this.streams = streams;
        streams.setUncaughtExceptionHandler(exception -> {
            failure.compareAndSet(null, exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    /**
     * Waits until the client is RUNNING with every input partition an active task and every thread running: a
     * second thread joining after the first rebalance would otherwise make the generator start into a rebalance.
     */
    void awaitTakingInput(int partitions, long timeoutMs) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!takesInput(partitions)) {
            throwIfFailed();
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("Kafka Streams did not take all " + partitions + " input partitions within "
                        + timeoutMs + " ms (state " + streams.state() + ")");
            }
            Thread.sleep(POLL_MS);
        }
    }

    private boolean takesInput(int partitions) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return false;
        }
        int activeTasks = 0;
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            if (!"RUNNING".equals(thread.threadState())) {
                return false;
            }
            activeTasks += thread.activeTasks().size();
        }
        return activeTasks == partitions;
    }

    /** Throws what ended the client early, if anything did. */
    void throwIfFailed() {
        Throwable cause = failure.get();
        if (cause != null) {
            throw new IllegalStateException("a Kafka Streams thread failed: " + cause, cause);
        }
        KafkaStreams.State state = streams.state();
        if (state == KafkaStreams.State.ERROR
                || state == KafkaStreams.State.NOT_RUNNING
                || state == KafkaStreams.State.PENDING_ERROR) {
            throw new IllegalStateException("Kafka Streams ended as " + state + " before it was asked to stop");
        }
    }
}
