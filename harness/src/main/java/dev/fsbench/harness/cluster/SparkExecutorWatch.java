package dev.fsbench.harness.cluster;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Remembers every executor JVM the workers launched. Executors exit when the application ends, which is before
 * the harness lists the cluster's JVMs for {@code processes[]} (the engine, the driver, stops first), so they are
 * looked for while the application runs, every {@value #POLL_MS} ms. An executor that exited cleanly left its
 * flight recording; one killed with its worker left only the chunks it had flushed, and is listed as killed.
 */
final class SparkExecutorWatch implements AutoCloseable {

    static final long POLL_MS = 500;

    private final Supplier<List<SparkWorker>> workers;
    private final Path clusterDir;
    private final Map<Long, SparkExecutors.Launched> seen = new LinkedHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "spark-executor-watch");
        thread.setDaemon(true);
        return thread;
    });

    SparkExecutorWatch(Supplier<List<SparkWorker>> workers, Path clusterDir) {
        this.workers = workers;
        this.clusterDir = clusterDir;
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, POLL_MS, TimeUnit.MILLISECONDS);
    }

    /** A failed look (a process gone while its command line was read) must not end the polling. */
    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // the next poll looks again
        }
    }

    synchronized void poll() {
        for (SparkWorker worker : workers.get()) {
            for (SparkExecutors.Launched executor : worker.executors(clusterDir)) {
                seen.putIfAbsent(executor.handle().pid(), executor);
            }
        }
    }

    /** Every executor seen so far, in the order they were found, those killed {@link #markKilled marked} so. */
    synchronized List<EngineCluster.ClusterProcess> executors() {
        poll();
        return seen.values().stream().map(SparkExecutors.Launched::process).toList();
    }

    /** The executors seen that still run. */
    synchronized List<ProcessHandle> alive() {
        return seen.values().stream()
                .map(SparkExecutors.Launched::handle)
                .filter(ProcessHandle::isAlive)
                .toList();
    }

    /** Marks executors SIGKILLed at {@code atMs} (with their worker): no recording was dumped, only chunks. */
    synchronized void markKilled(Collection<SparkExecutors.Launched> killed, long atMs) {
        killed.forEach(executor -> seen.put(
                executor.handle().pid(),
                new SparkExecutors.Launched(
                        executor.handle(), executor.process().killedAt(atMs))));
    }

    /** Stops looking; what was seen stays. */
    @Override
    public void close() {
        poller.shutdownNow();
    }
}
