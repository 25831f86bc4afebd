package dev.fsbench.harness.kafka;

import dev.fsbench.harness.process.CurrentClasspath;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.process.TempDirectory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * A real Apache Kafka broker (KRaft, broker and controller in one node) in its own JVM, started from this JVM's
 * classpath, bound to 127.0.0.1, with its data in a temp dir deleted on close.
 */
public final class EmbeddedKafkaBackend implements KafkaBackend {

    /**
     * Same heap and GC flags as Kafka's own kafka-server-start.sh: a fixed 1 GiB heap (no resizing during a
     * run), G1 with a 20 ms pause goal. The page cache, not the heap, holds the log.
     */
    static final List<String> BROKER_JVM_OPTIONS = List.of(
            "-Xms1g",
            "-Xmx1g",
            "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20",
            "-XX:InitiatingHeapOccupancyPercent=35",
            "-XX:+ExplicitGCInvokesConcurrent",
            "-XX:+ExitOnOutOfMemoryError",
            "-Djava.awt.headless=true",
            // The broker logs through slf4j-simple (Kafka 4's log4j2 has no slf4j binding on this classpath):
            // warnings and errors only, to its stderr file.
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    static final String LABEL = "kafka-broker";
    private static final Duration READY_POLL_CALL_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final int TAIL_LINES = 30;
    private static final int PORT_ATTEMPTS = 3;

    /** Picks {@code count} listener ports, the first fixed unless 0; tests substitute a picker that races. */
    @FunctionalInterface
    interface PortPicker {
        int[] pick(int fixedFirst, int count) throws KafkaBackendException;
    }

    private final KafkaOptions options;
    private final PortPicker portPicker;
    private TempDirectory workDir;
    private ForkedJvm broker;
    private String bootstrapServers;
    private Duration startupTime = Duration.ZERO;
    private BrokerWatch watch;

    EmbeddedKafkaBackend(KafkaOptions options) {
        this(options, LoopbackPorts::pick);
    }

    EmbeddedKafkaBackend(KafkaOptions options, PortPicker portPicker) {
        this.options = options;
        this.portPicker = portPicker;
    }

    @Override
    public String name() {
        return KafkaBackends.EMBEDDED;
    }

    @Override
    public boolean sharesHarnessClock() {
        return true;
    }

    @Override
    public void start() throws KafkaBackendException {
        if (broker != null) {
            throw new IllegalStateException("embedded Kafka broker already started");
        }
        long startNanos = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                startOnce(startNanos);
                startupTime = Duration.ofNanos(System.nanoTime() - startNanos);
                // the JVM's exit is a loss at once (a pid already gone: at once too)
                CompletableFuture<?> exited = ProcessHandle.of(broker.pid())
                        .map(ProcessHandle::onExit)
                        .orElse(CompletableFuture.completedFuture(null));
                watch = BrokerWatch.start(this, BrokerWatch.Timing.DEFAULT, exited, this::exitDescription);
                return;
            } catch (ListenerPortTaken e) {
                // another process took a port between picking and binding it; fresh free ports fix that
                if (options.port() != 0 || attempt == PORT_ATTEMPTS) {
                    throw e;
                }
                broker = null;
                workDir = null;
            }
        }
    }

    private void startOnce(long startNanos) throws KafkaBackendException {
        int[] ports = portPicker.pick(options.port(), 2);
        workDir = TempDirectory.create("fsbench-kafka-");
        try {
            Path configFile = workDir.path().resolve("server.properties");
            EmbeddedBrokerConfig config =
                    EmbeddedBrokerConfig.of(ports, workDir.path().resolve("data"), options);
            config.writeTo(configFile);
            Path logDir =
                    options.logDir() != null ? options.logDir() : workDir.path().resolve("logs");
            bootstrapServers = config.bootstrapServers();
            broker = ForkedJvm.start(new ForkedJvm.Spec(
                    LABEL,
                    EmbeddedBrokerMain.class.getName(),
                    ownClasspath(),
                    BROKER_JVM_OPTIONS,
                    List.of(configFile.toString(), workDir.path().toString()),
                    Map.of(),
                    logDir));
            awaitReady(startNanos);
        } catch (IOException e) {
            close();
            throw new KafkaBackendException("cannot start the embedded Kafka broker: " + e.getMessage(), e);
        } catch (KafkaBackendException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The broker died because a listener port was taken after it was picked. */
    private static final class ListenerPortTaken extends KafkaBackendException {
        ListenerPortTaken(String message) {
            super(message);
        }
    }

    /** Polls describeCluster until the broker answers, it dies, or the start timeout passes. */
    private void awaitReady(long startNanos) throws KafkaBackendException {
        long deadline = startNanos + options.startTimeout().toNanos();
        awaitListening(deadline);
        Admin admin = KafkaAdmins.open(bootstrapServers, Map.of(), READY_POLL_CALL_TIMEOUT);
        try {
            while (true) {
                if (!broker.isAlive()) {
                    String tail = broker.outputTail(TAIL_LINES);
                    String message = "the embedded Kafka broker exited with code "
                            + broker.exitCode().orElse(-1) + " while starting on " + bootstrapServers + ":\n" + tail;
                    throw tail.contains("Address already in use")
                            ? new ListenerPortTaken(message)
                            : new KafkaBackendException(message);
                }
                try {
                    KafkaAdmins.describeCluster(admin, bootstrapServers, READY_POLL_CALL_TIMEOUT);
                    return;
                } catch (KafkaBackendException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new KafkaBackendException(
                                "the embedded Kafka broker on " + bootstrapServers
                                        + " did not answer within "
                                        + options.startTimeout().toSeconds() + " s; its output:\n"
                                        + broker.outputTail(TAIL_LINES),
                                notYet);
                    }
                }
                sleep(Duration.ofMillis(50));
            }
        } finally {
            KafkaAdmins.closeQuietly(admin);
        }
    }

    /**
     * Waits for the listener port to accept TCP connections before any Kafka client tries: an admin client
     * polling a closed port logs a warning per attempt, which would bury the run's console output.
     */
    private void awaitListening(long deadline) throws KafkaBackendException {
        InetSocketAddress address = new InetSocketAddress(LoopbackPorts.LOOPBACK, port(bootstrapServers));
        while (System.nanoTime() < deadline && broker.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(address, 200);
                return;
            } catch (IOException notYet) {
                sleep(Duration.ofMillis(50));
            }
        }
        // dead or too slow: the describeCluster loop reports which, with the broker's output
    }

    private static int port(String hostPort) {
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }

    /** The broker runs from exactly the jars this JVM runs from (also under surefire's manifest-only jar). */
    private static List<Path> ownClasspath() {
        return CurrentClasspath.entries();
    }

    private static void sleep(Duration duration) throws KafkaBackendException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaBackendException("interrupted while waiting for the embedded Kafka broker", e);
        }
    }

    @Override
    public String bootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("embedded Kafka broker not started");
        }
        return bootstrapServers;
    }

    @Override
    public Map<String, String> clientProperties() {
        return Map.of();
    }

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public Duration startupTime() {
        return startupTime;
    }

    /** "the broker JVM exited with code 137 (signal 9)": one line, for the loss. */
    private String exitDescription() {
        try {
            broker.waitFor(Duration.ofSeconds(1)); // the exit code is known a moment after the process is gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int code = broker.exitCode().orElse(-1); // 128 + n: killed by signal n
        return "the broker JVM exited with code " + code + (code > 128 ? " (signal " + (code - 128) + ")" : "");
    }

    /** Kafka's loss (first line), then the tail of the broker's output if it wrote any: why it died. */
    @Override
    public Optional<String> failure() {
        Optional<String> loss = watch == null ? Optional.empty() : watch.loss();
        if (loss.isEmpty() && broker != null && !broker.isAlive()) {
            loss = Optional.of("Kafka unavailable: " + name() + " at " + bootstrapServers + ": " + exitDescription());
        }
        return loss.map(why -> {
            String tail = broker.outputTail(TAIL_LINES);
            return tail.isBlank() ? why : why + "\nthe broker's last output:\n" + tail;
        });
    }

    @Override
    public BrokerWatch.Registration onLoss(Runnable action) {
        return watch == null ? () -> {} : watch.onLoss(action);
    }

    /** The broker's process id while it runs; for tests that check nothing outlives close(). */
    public long brokerPid() {
        if (broker == null) {
            throw new IllegalStateException("embedded Kafka broker not started");
        }
        return broker.pid();
    }

    /** The temp dir holding the broker's data (and its logs unless a log dir was given). */
    public Path workDir() {
        if (workDir == null) {
            throw new IllegalStateException("embedded Kafka broker not started");
        }
        return workDir.path();
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.close();
        }
        if (broker != null) {
            broker.stop(STOP_GRACE);
        }
        if (workDir != null) {
            workDir.close();
        }
    }

    @Override
    public String toString() {
        return "embedded Kafka " + version() + (bootstrapServers == null ? "" : " on " + bootstrapServers);
    }
}
