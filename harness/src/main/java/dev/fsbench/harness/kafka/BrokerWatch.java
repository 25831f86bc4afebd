package dev.fsbench.harness.kafka;

import dev.fsbench.harness.process.ShutdownRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * Watches the run's Kafka from the moment its backend started until it is closed, so that a lost broker fails the
 * workload in seconds instead of after every timeout of the generator, collector and engine. Two signals: the
 * embedded broker's JVM exiting (noticed at once), and for every backend an AdminClient {@code describeCluster}
 * every {@link Timing#interval} with a short timeout. Kafka counts as lost when at least two probes in a row got
 * no answer and none came for {@link Timing#lostAfter}: one slow answer (a GC pause on a busy machine) is no loss.
 * A loss is final for the run, and it is never declared once the harness is shutting down (its own hook stops the
 * broker then).
 */
public final class BrokerWatch implements AutoCloseable {

    /** How often to probe, how long one probe may take, and how long without an answer is a loss. */
    public record Timing(Duration interval, Duration probeTimeout, Duration lostAfter) {
        /** Loss found within about 5-7 s by probing; an embedded broker's exit within a fraction of a second. */
        public static final Timing DEFAULT =
                new Timing(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    /** A listener added with {@link #onLoss}; closing it removes it. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private static final Registration NONE = () -> {};

    private final String backendName;
    private final String bootstrapServers;
    private final Timing timing;
    private final AtomicReference<String> loss = new AtomicReference<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService prober;
    private final KafkaBackend backend;
    private volatile boolean closed;
    private volatile Admin admin;
    private long lastAnswerNanos = System.nanoTime();
    private int failedInARow;

    private BrokerWatch(KafkaBackend backend, Timing timing) {
        this.backend = backend;
        this.backendName = backend.name();
        this.bootstrapServers = backend.bootstrapServers();
        this.timing = timing;
        this.prober = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kafka-watch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Probes a started backend's cluster until closed. */
    public static BrokerWatch start(KafkaBackend backend, Timing timing) {
        BrokerWatch watch = new BrokerWatch(backend, timing);
        watch.prober.scheduleWithFixedDelay(
                watch::probe, timing.interval().toMillis(), timing.interval().toMillis(), TimeUnit.MILLISECONDS);
        return watch;
    }

    /** As {@link #start(KafkaBackend, Timing)}, and also declares a loss as soon as {@code exited} completes. */
    public static BrokerWatch start(
            KafkaBackend backend, Timing timing, CompletableFuture<?> exited, Supplier<String> whyExited) {
        BrokerWatch watch = start(backend, timing);
        exited.whenComplete((ignored, error) -> watch.declareLost(whyExited.get()));
        return watch;
    }

    /**
     * Why Kafka is lost, one line starting with "Kafka unavailable: &lt;backend&gt; at &lt;bootstrap servers&gt;";
     * empty while it answers.
     */
    public Optional<String> loss() {
        return Optional.ofNullable(loss.get());
    }

    /**
     * Runs {@code action} once when Kafka is lost (on a thread of its own), or at once on this thread if it already
     * is. For stopping the parts of a workload that would otherwise each wait out their own timeouts.
     */
    public Registration onLoss(Runnable action) {
        if (loss.get() != null) {
            action.run();
            return NONE;
        }
        listeners.add(action);
        if (loss.get() != null && listeners.remove(action)) {
            action.run(); // lost while adding: the loss may have run the listeners before this one was there
        }
        return () -> listeners.remove(action);
    }

    private void probe() {
        if (closed || loss.get() != null) {
            return;
        }
        try {
            if (admin == null) {
                admin = KafkaAdmins.open(backend, timing.probeTimeout());
            }
            KafkaAdmins.describeCluster(admin, bootstrapServers, timing.probeTimeout());
            lastAnswerNanos = System.nanoTime();
            failedInARow = 0;
        } catch (KafkaBackendException | RuntimeException e) {
            failedInARow++;
            long silentMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastAnswerNanos);
            if (failedInARow >= 2 && silentMs >= timing.lostAfter().toMillis()) {
                declareLost(
                        "no answer to describeCluster for " + silentMs + " ms (" + KafkaAdmins.rootMessage(e) + ")");
            }
        }
    }

    /** Records the first loss and tells the listeners, unless the watch was closed or the harness is stopping. */
    void declareLost(String why) {
        if (closed || ShutdownRegistry.isShuttingDown()) {
            return;
        }
        if (!loss.compareAndSet(null, "Kafka unavailable: " + backendName + " at " + bootstrapServers + ": " + why)) {
            return;
        }
        prober.shutdown();
        Thread notifier = new Thread(
                () -> {
                    for (Runnable listener : listeners) {
                        if (listeners.remove(listener)) {
                            runQuietly(listener);
                        }
                    }
                },
                "kafka-lost");
        notifier.setDaemon(true);
        notifier.start();
    }

    private static void runQuietly(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            System.err.println("reacting to the loss of Kafka failed: " + e);
        }
    }

    /** Stops watching (before the backend stops its broker: a stop on purpose is no loss); idempotent. */
    @Override
    public void close() {
        closed = true;
        prober.shutdownNow();
        try {
            prober.awaitTermination(timing.probeTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        KafkaAdmins.closeQuietly(admin);
        admin = null;
    }
}
