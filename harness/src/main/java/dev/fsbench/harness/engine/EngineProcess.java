package dev.fsbench.harness.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.api.EngineSession;
import dev.fsbench.api.JobSecrets;
import dev.fsbench.api.JobSpec;
import dev.fsbench.harness.process.ExitCodes;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.process.ShutdownRegistry;
import dev.fsbench.harness.process.TempDirectory;
import dev.fsbench.harness.telemetry.JvmTelemetry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One engine JVM for one job: launched with the job file, the driver's options and the harness's telemetry
 * options; ready once it writes {@link EngineSession#READY_FILE}; stopped politely, for as long as the driver says
 * its graceful stop may take, then by force. Whatever ended it (a stop, its own death, a signal to the harness:
 * it is registered with {@link ShutdownRegistry}), its temp dir ({@link EngineSession#TEMP_DIR}, its
 * {@code java.io.tmpdir}) is deleted afterwards, and a job it left running elsewhere (a session cluster) cancelled.
 */
public final class EngineProcess implements EngineHandle, AutoCloseable {

    /** Label of the engine JVM: names its log files (engine.out, engine.err) and telemetry files. */
    public static final String LABEL = "engine";

    private static final long KAFKA_LOST_GRACE_SECONDS = 1;

    /**
     * After SIGTERM the engine's shutdown hook waits up to 20 s for its files to be flushed
     * ({@link EngineSession}); SIGKILL only if that did not end it.
     */
    static final Duration SIGTERM_GRACE = Duration.ofSeconds(25);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int OUTPUT_TAIL_LINES = 30;
    private static final long READY_POLL_MS = 100;

    private final ForkedJvm jvm;
    private final Path workDir;
    private final EngineDriver driver;
    private final Duration gracefulStop;
    private Optional<String> stopOutcome;

    private EngineProcess(ForkedJvm jvm, Path workDir, EngineDriver driver, Duration gracefulStop) {
        this.jvm = jvm;
        this.workDir = workDir;
        this.driver = driver;
        this.gracefulStop = gracefulStop;
    }

    /**
     * Writes the job file into {@code dir} and starts the engine's JVM there; the engine works in
     * {@link JobSpec#workDir()}. The job file shows credentials redacted; their values reach the engine in its
     * environment ({@link JobSecrets}), which no file records.
     */
    public static EngineProcess launch(EngineDriver driver, JobSpec job, Path dir, BenchHome home) throws IOException {
        Path workDir = Path.of(job.workDir());
        Path tempDir = Files.createDirectories(workDir.resolve(EngineSession.TEMP_DIR));
        Path jobFile = dir.resolve(EngineSession.JOB_FILE);
        EngineSession.writeJob(job, jobFile);
        EngineLaunch launch = driver.launch(job, home);
        List<String> jvmOptions = new ArrayList<>(JvmTelemetry.jvmOptions(job.workload(), dir, LABEL));
        // every library's temp files (Flink's and Spark's defaults, native libraries unpacked by RocksDB, Snappy,
        // zstd) land in a directory deleted once the JVM has exited, not in /tmp where a killed JVM leaves them
        jvmOptions.add("-Djava.io.tmpdir=" + tempDir.toAbsolutePath());
        jvmOptions.addAll(launch.jvmOptions());
        Map<String, String> environment = new HashMap<>(launch.environment());
        environment.putAll(JobSecrets.environment(job));
        ForkedJvm jvm = ForkedJvm.start(new ForkedJvm.Spec(
                LABEL,
                launch.mainClass(),
                launch.classpath(),
                jvmOptions,
                List.of(jobFile.toAbsolutePath().toString()),
                environment,
                dir));
        EngineProcess engine = new EngineProcess(jvm, workDir, driver, driver.gracefulStopTimeout(job.workload()));
        // registered after its JVM, so the shutdown hook stops it first: with the engine's own timeout, the temp
        // dir deleted and an abandoned job cancelled, rather than the bare JVM with a generic grace
        ShutdownRegistry.register(engine);
        return engine;
    }

    /** Waits for the ready file; fails if the JVM exits first, the timeout passes or the harness shuts down. */
    public void awaitReady(long timeoutMs) throws InterruptedException, EngineFailure {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!Files.exists(readyFile())) {
            if (!jvm.isAlive()) {
                throw new EngineFailure("engine JVM exited ("
                        + ExitCodes.describe(jvm.exitCode().orElse(-1)) + ") before it was ready:\n" + outputTail());
            }
            if (System.currentTimeMillis() > deadline || ShutdownRegistry.isShuttingDown()) {
                throw new EngineFailure("engine was not ready within " + timeoutMs + " ms (harness.readyTimeoutMs);"
                        + " last output:\n" + outputTail());
            }
            Thread.sleep(READY_POLL_MS);
        }
    }

    /** What the engine wrote when it became ready (e.g. its web UI's address). */
    public Path readyFile() {
        return workDir.resolve(EngineSession.READY_FILE);
    }

    /** The engine's scratch space, deleted once its JVM has exited. */
    public Path tempDir() {
        return workDir.resolve(EngineSession.TEMP_DIR);
    }

    /**
     * Stops the JVM (stdin EOF, then SIGTERM after the driver's {@link EngineDriver#gracefulStopTimeout}, then
     * SIGKILL) and says why its exit counts as a failure, if it does: an engine asked to stop exits 0, or 143
     * when SIGTERM ended it. Then deletes its temp dir and, if the engine wrote no summary (it never finished
     * stopping its job), lets the driver cancel what the job left running. Once only; a JVM already dead is not
     * waited for.
     */
    public synchronized Optional<String> stop() {
        if (stopOutcome != null) {
            return stopOutcome;
        }
        int exit = jvm.stop(gracefulStop, SIGTERM_GRACE);
        if (!Files.exists(workDir.resolve(EngineSession.SUMMARY_FILE))) {
            driver.cancelAbandonedJob(readyInfo()).ifPresent(note -> System.err.println("fsbench: " + note));
        }
        TempDirectory.deleteRecursively(tempDir());
        ShutdownRegistry.unregister(this);
        stopOutcome = exit == 0 || exit == 143
                ? Optional.empty()
                : Optional.of("engine JVM exited (" + ExitCodes.describe(exit) + ") when stopped:\n" + outputTail());
        return stopOutcome;
    }

    /** Stops the engine as {@link #stop()} does: what the harness's shutdown hook calls. */
    @Override
    public void close() {
        stop();
    }

    /** What the engine wrote when it became ready; empty if it never did or the file is unreadable. */
    private Map<String, JsonNode> readyInfo() {
        Map<String, JsonNode> info = new HashMap<>();
        try {
            if (Files.exists(readyFile())) {
                JSON.readTree(readyFile().toFile()).fields().forEachRemaining(e -> info.put(e.getKey(), e.getValue()));
            }
        } catch (IOException e) {
            System.err.println("fsbench: cannot read " + readyFile() + ": " + e.getMessage());
        }
        return info;
    }

    /**
     * Stops the JVM with a short grace ({@value #KAFKA_LOST_GRACE_SECONDS} s per step): once Kafka is gone the
     * engine can neither read nor deliver anything, and a polite stop would wait out its clients' timeouts.
     */
    public void stopAfterKafkaLoss() {
        jvm.stop(Duration.ofSeconds(KAFKA_LOST_GRACE_SECONDS));
    }

    /** The engine JVM's process id (of the JVM running now). */
    public long pid() {
        return jvm.pid();
    }

    @Override
    public boolean isAlive() {
        return jvm.isAlive();
    }

    @Override
    public Optional<Integer> exitCode() {
        return jvm.exitCode();
    }

    @Override
    public String outputTail() {
        return jvm.outputTail(OUTPUT_TAIL_LINES);
    }

    @Override
    public String toString() {
        return "engine " + jvm;
    }
}
