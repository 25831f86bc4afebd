package dev.fsbench.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The engine JVM's side of the harness protocol, driven by {@link EngineMain} (engines never use it directly).
 *
 * <p>A stop is requested by the harness closing the engine's stdin, or by SIGTERM. Watching stdin means an
 * engine also stops by itself when the harness dies without cleaning up, so no engine outlives it.
 * Files (in {@link JobSpec#workDir()}): {@value #READY_FILE} (what {@link EngineJob#start()} returned, plus
 * {@code readyAt}), {@value #METRICS_FILE} (one JSON object per line:
 * {@code {"t":epochMs,"name":..,"tags":{..},"value":..}}), {@value #SUMMARY_FILE} (what
 * {@link EngineJob#stop()} returned), and the scratch directory {@value #TEMP_DIR} (deleted by the harness).
 */
public final class EngineSession implements AutoCloseable, MetricSink {

    public static final String JOB_FILE = "job.json";
    public static final String READY_FILE = "ready.json";
    public static final String METRICS_FILE = "engine-metrics.jsonl";
    public static final String SUMMARY_FILE = "engine-summary.json";
    /**
     * The engine's scratch space, inside {@link JobSpec#workDir()}: the harness points the engine JVM's
     * {@code java.io.tmpdir} here and deletes the directory once the JVM has exited, however it exited (a SIGKILL
     * included), so no engine temp file outlives its run nor lands in the machine's /tmp.
     */
    public static final String TEMP_DIR = "tmp";
    /** How long a SIGTERM waits for the engine to flush its files before the JVM exits anyway. */
    private static final long SHUTDOWN_GRACE_SECONDS = 20;

    /**
     * How long the engine may go on stopping after the harness that launched it died (SIGKILL, OOM kill): nobody
     * escalates its stop then, and a graceful stop against a cluster that died with the harness would wait out
     * client timeouts of minutes. Enough for a stop-with-savepoint on a live session cluster.
     */
    static final long HARNESS_GONE_GRACE_SECONDS = 20;

    /** The process that launched this JVM (the harness), as it was at start: after its death we are reparented. */
    private static final long LAUNCHER_PID =
            ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper JSON_LINES = new ObjectMapper();

    private final JobSpec job;
    private final Path workDir;
    private final BufferedWriter metrics;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    private EngineSession(JobSpec job) throws IOException {
        this.job = job;
        this.workDir = Path.of(job.workDir());
        Files.createDirectories(workDir);
        this.metrics = Files.newBufferedWriter(
                workDir.resolve(METRICS_FILE),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Reads the job from {@code args[0]}, puts its credentials back from {@code environment} ({@link JobSecrets}),
     * and starts watching for a stop request: EOF on {@code stopSignal}.
     */
    static EngineSession open(String[] args, InputStream stopSignal, Function<String, String> environment)
            throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: <engine main> <path to " + JOB_FILE + ">");
        }
        EngineSession session = new EngineSession(JobSecrets.restore(readJob(Path.of(args[0])), environment));
        session.watchForStop(stopSignal);
        return session;
    }

    public static JobSpec readJob(Path file) throws IOException {
        return JSON.readValue(file.toFile(), JobSpec.class);
    }

    /** Writes {@code job} with its credentials redacted: launch the engine with {@link JobSecrets#environment}. */
    public static void writeJob(JobSpec job, Path file) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(JobSecrets.redacted(job)));
    }

    JobSpec job() {
        return job;
    }

    Path workDir() {
        return workDir;
    }

    /** Tells the harness the job is consuming; {@code info} (UI addresses, versions) goes into the result. */
    void ready(Map<String, ?> info) throws IOException {
        Map<String, Object> content = new LinkedHashMap<>(info);
        content.put("readyAt", System.currentTimeMillis());
        AtomicFiles.write(workDir.resolve(READY_FILE), redactedJson(content));
        // stdout is kept as engine.out: the same redaction as the file
        System.out.println("engine " + job.engine() + " ready: " + RedactedJson.redact(JSON_LINES.valueToTree(info)));
    }

    /** Appends one point of an engine-reported time series. Thread-safe. */
    @Override
    public synchronized void metric(String name, Map<String, String> tags, double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("t", System.currentTimeMillis());
        line.put("name", name);
        line.put("tags", tags);
        line.put("value", value);
        try {
            metrics.write(JSON_LINES.writeValueAsString(line));
            metrics.newLine();
            metrics.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + METRICS_FILE, e);
        }
    }

    /** Final facts about the run: the knobs as the engine actually applied them, final metric values. */
    void summary(Map<String, ?> content) throws IOException {
        AtomicFiles.write(workDir.resolve(SUMMARY_FILE), redactedJson(content));
    }

    /** An engine may report a credential among the settings it applied: no kept file shows its value. */
    private static byte[] redactedJson(Map<String, ?> content) throws IOException {
        return JSON.writeValueAsBytes(RedactedJson.redact(JSON.valueToTree(content)));
    }

    boolean awaitStopRequest(long timeout, TimeUnit unit) throws InterruptedException {
        return stopRequested.await(timeout, unit);
    }

    @Override
    public synchronized void close() throws IOException {
        metrics.close();
        closed.countDown();
    }

    /**
     * Stdin's EOF is also the harness's normal stop; the harness then bounds the stop itself. If it died instead
     * (this JVM was reparented), the stop is bounded here, so no engine JVM outlives a killed harness for long.
     */
    private static void haltIfTheHarnessIsGone() {
        for (int check = 0; check < 10; check++) {
            long parent =
                    ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
            if (LAUNCHER_PID > 0 && parent != LAUNCHER_PID) {
                try {
                    TimeUnit.SECONDS.sleep(HARNESS_GONE_GRACE_SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                System.err.println("the harness that launched this engine is gone and the stop did not end within "
                        + HARNESS_GONE_GRACE_SECONDS + " s: halting");
                Runtime.getRuntime().halt(EngineExit.FAILED.code()); // nobody reads it: the harness is gone
            }
            try {
                TimeUnit.MILLISECONDS.sleep(200); // the launcher's exit and our reparenting may lag the EOF a little
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void watchForStop(InputStream stopSignal) {
        Thread stdinWatcher = new Thread(
                () -> {
                    try (InputStream in = stopSignal) {
                        while (in.read() >= 0) {
                            // the harness never writes; anything read is ignored until EOF
                        }
                    } catch (IOException ignored) {
                        // a broken pipe means the harness is gone: stop as for EOF
                    }
                    stopRequested.countDown();
                    haltIfTheHarnessIsGone();
                },
                "engine-stop-watcher");
        stdinWatcher.setDaemon(true);
        stdinWatcher.start();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopRequested.countDown();
                            try {
                                closed.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "engine-shutdown"));
    }
}
