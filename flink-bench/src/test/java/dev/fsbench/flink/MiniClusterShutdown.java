package dev.fsbench.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.core.execution.JobClient;

/**
 * Ends a job that {@code executeAsync} ran on its own per-job MiniCluster, and waits for that cluster to be gone.
 * The cluster closes itself asynchronously once the job has ended (Flink does not wait for it), writing the job
 * archive and deleting its working directories meanwhile; a JUnit {@code @TempDir} deleted during that fails the
 * test with "Failed to close extension context". So: cancel, wait for the job's result, wait for the REST port
 * to close, then empty the work dir, retrying while the cluster's last threads still touch it.
 */
final class MiniClusterShutdown {

    private static final long TIMEOUT_MS = 60_000;

    private MiniClusterShutdown() {}

    static void cancelAndAwait(JobClient client, String restUrl, Path workDir) throws Exception {
        client.cancel().get(30, TimeUnit.SECONDS);
        try {
            client.getJobExecutionResult().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException cancelled) {
            // a cancelled job's result is an exception: all that matters is that it has ended
        }
        awaitPortClosed(URI.create(restUrl).getPort());
        emptyWhenQuiet(workDir);
    }

    private static void awaitPortClosed(int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                Thread.sleep(100);
            } catch (IOException refused) {
                return;
            }
        }
        throw new IllegalStateException(
                "the MiniCluster's REST port " + port + " still open after " + TIMEOUT_MS + " ms");
    }

    /** Deletes everything under {@code dir} (not dir itself, which JUnit owns), retrying on a racing delete. */
    private static void emptyWhenQuiet(Path dir) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (true) {
            try (Stream<Path> tree = Files.walk(dir)) {
                tree.sorted(Comparator.reverseOrder())
                        .filter(path -> !path.equals(dir))
                        .forEach(MiniClusterShutdown::delete);
                return;
            } catch (IOException | UncheckedIOException stillBusy) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("could not empty " + dir, stillBusy);
                }
                Thread.sleep(200);
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
