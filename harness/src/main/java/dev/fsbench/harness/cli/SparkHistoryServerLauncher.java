package dev.fsbench.harness.cli;

import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.SparkEngineDriver;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.process.TempDirectory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Spark's History Server over the event logs that Spark runs left under a directory (each workload writes
 * {@code engine/spark-events/}). The History Server reads one flat directory, so the logs are copied into a
 * temp directory that lives as long as the server. Runs in a forked JVM on spark-bench's classpath, on
 * 127.0.0.1 only.
 */
public final class SparkHistoryServerLauncher implements AutoCloseable {

    private static final String MAIN_CLASS = "dev.fsbench.spark.HistoryServerMain";
    private static final String EVENT_LOG_DIR_NAME = "spark-events";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final ForkedJvm jvm;
    private final TempDirectory logs;
    private final int port;
    private final Path eventLogDirectory;
    private final int applications;

    private SparkHistoryServerLauncher(ForkedJvm jvm, TempDirectory logs, Path eventLogDirectory, int port,
                                       int applications) {
        this.jvm = jvm;
        this.logs = logs;
        this.eventLogDirectory = eventLogDirectory;
        this.port = port;
        this.applications = applications;
    }

    /**
     * @param searchRoot a run directory or a reports directory; every {@code spark-events} below it is served
     * @param port       0 for a free port
     */
    public static SparkHistoryServerLauncher start(Path searchRoot, int port, BenchHome home)
            throws IOException, InterruptedException {
        TempDirectory logs = TempDirectory.create("fsbench-spark-history-");
        ForkedJvm jvm = null;
        try {
            Path events = Files.createDirectories(logs.path().resolve("events"));
            int applications = collectEventLogs(searchRoot, events);
            int chosenPort = port == 0 ? freeLoopbackPort() : port;
            var launch = new ArrayList<>(SparkEngineDriver.sparkJvmOptions(home));
            launch.add("-Dspark.history.fs.logDirectory=" + events.toUri());
            launch.add("-Dspark.history.ui.port=" + chosenPort);
            launch.add("-Dspark.history.fs.update.interval=5s");
            jvm = ForkedJvm.start(new ForkedJvm.Spec("spark-history-server", MAIN_CLASS,
                    SparkEngineDriver.sparkClasspath(home), launch, List.of(),
                    Map.of("SPARK_LOCAL_IP", "127.0.0.1"), logs.path().resolve("logs")));
            awaitListening(jvm, chosenPort);
            return new SparkHistoryServerLauncher(jvm, logs, events, chosenPort, applications);
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (jvm != null) {
                jvm.close();
            }
            logs.close();
            throw e;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Spark applications (event logs) found under the search root. */
    public int applications() {
        return applications;
    }

    /** The flat copy of the event logs the server reads; deleted on close. */
    public Path eventLogDirectory() {
        return eventLogDirectory;
    }

    public boolean isAlive() {
        return jvm.isAlive();
    }

    @Override
    public void close() {
        jvm.close();
        logs.close();
    }

    static int collectEventLogs(Path searchRoot, Path target) throws IOException {
        if (!Files.isDirectory(searchRoot)) {
            throw new IllegalArgumentException("no such directory: " + searchRoot);
        }
        int copied = 0;
        try (Stream<Path> dirs = Files.walk(searchRoot)) {
            for (Path dir : (Iterable<Path>) dirs.filter(d -> d.getFileName() != null
                    && d.getFileName().toString().equals(EVENT_LOG_DIR_NAME) && Files.isDirectory(d))::iterator) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path log : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        Path copy = target.resolve(log.getFileName().toString());
                        if (!Files.exists(copy)) {
                            Files.copy(log, copy, StandardCopyOption.COPY_ATTRIBUTES);
                            copied++;
                        }
                    }
                }
            }
        }
        return copied;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitListening(ForkedJvm jvm, int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!jvm.isAlive()) {
                throw new IOException("Spark History Server exited with code " + jvm.exitCode().orElse(-1)
                        + ":\n" + jvm.outputTail(20));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IOException("Spark History Server did not listen on 127.0.0.1:" + port + " within "
                + START_TIMEOUT.toSeconds() + " s:\n" + jvm.outputTail(20));
    }
}
