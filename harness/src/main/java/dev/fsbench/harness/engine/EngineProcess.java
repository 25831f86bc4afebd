package dev.fsbench.harness.engine;

import dev.fsbench.api.EngineSession;
import dev.fsbench.api.JobSecrets;
import dev.fsbench.api.JobSpec;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.process.ShutdownRegistry;
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
 * options; ready once it writes {@link EngineSession#READY_FILE}; stopped politely, then by force.
 */
public final class EngineProcess implements EngineHandle {

    /** Label of the engine JVM: names its log files (engine.out, engine.err) and telemetry files. */
    public static final String LABEL = "engine";

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final long KAFKA_LOST_GRACE_SECONDS = 1;
    private static final int OUTPUT_TAIL_LINES = 30;
    private static final long READY_POLL_MS = 100;

    private final ForkedJvm jvm;
    private final Path workDir;

    private EngineProcess(ForkedJvm jvm, Path workDir) {
        this.jvm = jvm;
        this.workDir = workDir;
    }

    /**
     * Writes the job file into {@code dir} and starts the engine's JVM there; the engine works in
     * {@link JobSpec#workDir()}. The job file shows credentials redacted; their values reach the engine in its
     * environment ({@link JobSecrets}), which no file records.
     */
    public static EngineProcess launch(EngineDriver driver, JobSpec job, Path dir, BenchHome home) throws IOException {
        Path workDir = Path.of(job.workDir());
        Files.createDirectories(workDir);
        Path jobFile = dir.resolve(EngineSession.JOB_FILE);
        EngineSession.writeJob(job, jobFile);
        EngineLaunch launch = driver.launch(job, home);
        List<String> jvmOptions = new ArrayList<>(JvmTelemetry.jvmOptions(job.workload(), dir, LABEL));
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
        return new EngineProcess(jvm, workDir);
    }

    /** Waits for the ready file; fails if the JVM exits first, the timeout passes or the harness shuts down. */
    public void awaitReady(long timeoutMs) throws InterruptedException, EngineFailure {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!Files.exists(readyFile())) {
            if (!jvm.isAlive()) {
                throw new EngineFailure("engine JVM exited with code "
                        + jvm.exitCode().orElse(-1) + " before it was ready:\n" + outputTail());
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

    /**
     * Stops the JVM (stdin EOF, SIGTERM, SIGKILL) and says why its exit counts as a failure, if it does: an
     * engine asked to stop exits 0, or 143 when SIGTERM ended it.
     */
    public Optional<String> stop() {
        int exit = jvm.stop(STOP_GRACE);
        if (exit == 0 || exit == 143) {
            return Optional.empty();
        }
        return Optional.of("engine JVM exited with code " + exit + " when stopped:\n" + outputTail());
    }

    /**
     * Stops the JVM with a short grace ({@value #KAFKA_LOST_GRACE_SECONDS} s per step): once Kafka is gone the
     * engine can neither read nor deliver anything, and a polite stop would wait out its clients' timeouts.
     */
    public void stopAfterKafkaLoss() {
        jvm.stop(Duration.ofSeconds(KAFKA_LOST_GRACE_SECONDS));
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
}
