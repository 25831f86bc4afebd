package dev.fsbench.harness.engine;

import dev.fsbench.api.EngineSession;
import dev.fsbench.api.JobSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The engine of one workload across restarts: an {@link EngineProcess} that a kill-engine fault may SIGKILL and
 * launch again, through the same launch path as the first (so telemetry, logs, the shutdown hook and clean-up
 * apply to the new JVM too), with the job changed to resume from what the killed one left. While the new JVM
 * starts the handle says the engine is alive: the load goes on, as it would against a real deployment whose
 * operator restarts the job.
 */
public final class RestartableEngine implements EngineHandle {

    /** The files of the engine JVM in the workload's directory that a new JVM would overwrite. */
    private static final List<String> JVM_FILES = List.of(
            EngineProcess.LABEL + ".out",
            EngineProcess.LABEL + ".err",
            EngineProcess.LABEL + ".jvmargs",
            EngineProcess.LABEL + ".jfr",
            EngineProcess.LABEL + "-gc.log");

    private final EngineDriver driver;
    private final JobSpec job;
    private final Path dir;
    private final BenchHome home;
    private volatile EngineProcess current;
    private volatile boolean restarting;
    private volatile String restartFailure;
    private int kills;
    /** Guards {@link #current}'s replacement against {@link #stop()}: a launch after the stop must not happen. */
    private final Object launchLock = new Object();

    private boolean stopped;

    private RestartableEngine(EngineProcess first, EngineDriver driver, JobSpec job, Path dir, BenchHome home) {
        this.current = first;
        this.driver = driver;
        this.job = job;
        this.dir = dir;
        this.home = home;
    }

    /** Launches the engine's first JVM ({@link EngineProcess#launch}). */
    public static RestartableEngine launch(EngineDriver driver, JobSpec job, Path dir, BenchHome home)
            throws IOException {
        return new RestartableEngine(EngineProcess.launch(driver, job, dir, home), driver, job, dir, home);
    }

    /** What one kill and restart did. */
    public record Restart(long killedPid, long readyAfterMs, JobSpec resumedJob) {}

    /** What strikes before the engine JVM is killed and launched again: e.g. the death of the cluster it submits to. */
    @FunctionalInterface
    public interface Cause {
        /** Nothing: the engine JVM runs the job itself (local mode, Spark's driver). */
        Cause NONE = () -> {};

        void strike() throws IOException, InterruptedException;
    }

    /**
     * After {@code cause}, SIGKILLs the engine's JVM, keeps its logs (as {@code engine-killed-N.*}), and launches the
     * job again as {@code resume} makes it of the original job (e.g. from the latest checkpoint), waiting until it is
     * ready. On a session cluster the job lives in the JobManager and the engine JVM is only its client, which cannot
     * outlive the JobManager's death: {@code cause} kills and restarts that JobManager, then the client is killed and
     * launched again to resubmit the job. The engine counts as alive throughout, so a client that exits on its own
     * meanwhile does not fail the workload. If {@code cause} fails (the cluster did not come back), the client is
     * killed all the same and nothing is launched: the engine is then down, and its output names the failure. Once
     * the engine has been {@linkplain #stop() stopped} (the workload is ending) no JVM is launched any more.
     *
     * @throws EngineFailure if the new JVM does not become ready (the workload then fails as any engine would)
     * @throws IllegalStateException if the engine was stopped before the new JVM could be launched
     */
    public synchronized Restart killAndRestart(Cause cause, UnaryOperator<JobSpec> resume, long readyTimeoutMs)
            throws IOException, InterruptedException, EngineFailure {
        restarting = true;
        try {
            try {
                cause.strike();
            } catch (IOException | InterruptedException | RuntimeException e) {
                killCurrent(e);
                throw e;
            }
            long pid = killCurrent();
            JobSpec resumed = resume.apply(job);
            long started = System.nanoTime();
            EngineProcess launched;
            synchronized (launchLock) {
                if (stopped) {
                    throw new IllegalStateException("the workload ended before the engine could be launched again");
                }
                launched = EngineProcess.launch(driver, resumed, dir, home);
                current = launched;
            }
            launched.awaitReady(readyTimeoutMs);
            return new Restart(pid, (System.nanoTime() - started) / 1_000_000, resumed);
        } catch (IOException | InterruptedException | EngineFailure | RuntimeException e) {
            // its first line: the rest of an EngineFailure's message is the output tail, shown anyway
            restartFailure = Objects.toString(e.getMessage(), e.toString())
                    .lines()
                    .findFirst()
                    .orElse(e.toString());
            throw e;
        } finally {
            restarting = false;
        }
    }

    /** The longest {@link #killAndRestart} takes besides its cause: the SIGKILL waited for, then the new JVM's start. */
    public static Duration restartTimeout(long readyTimeoutMs) {
        return EngineProcess.SIGTERM_GRACE.plusMillis(readyTimeoutMs);
    }

    /** SIGKILLs the engine's JVM and keeps its files; what the next JVM would overwrite is out of its way. */
    private long killCurrent() throws IOException, InterruptedException {
        synchronized (launchLock) {
            if (stopped) {
                // its files are the workload's now: the JVM the harness stopped is neither killed nor renamed
                throw new IllegalStateException("the workload ended before the engine JVM was killed");
            }
        }
        EngineProcess killed = current;
        long pid = killed.sigkill();
        killed.stop(); // the JVM is gone: deletes its temp dir and unregisters it, as after any exit
        kills++;
        keepFilesOfKilledJvm(kills);
        Files.deleteIfExists(Path.of(job.workDir()).resolve(EngineSession.READY_FILE));
        return pid;
    }

    /** As {@link #killCurrent()} after {@code failure}, to which a failure of the kill itself is added. */
    private void killCurrent(Exception failure) {
        try {
            killCurrent();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private void keepFilesOfKilledJvm(int n) throws IOException {
        for (String name : JVM_FILES) {
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                String kept = name.replaceFirst("^" + EngineProcess.LABEL, EngineProcess.LABEL + "-killed-" + n);
                Files.move(file, dir.resolve(kept), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path metrics = Path.of(job.workDir()).resolve(EngineSession.METRICS_FILE);
        if (Files.exists(metrics)) {
            Files.move(
                    metrics,
                    metrics.resolveSibling("engine-metrics-killed-" + n + ".jsonl"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The process id of the engine JVM running now (after a restart: the new one). */
    public long pid() {
        return current.pid();
    }

    public void awaitReady(long timeoutMs) throws InterruptedException, EngineFailure {
        current.awaitReady(timeoutMs);
    }

    public Path readyFile() {
        return current.readyFile();
    }

    /**
     * Stops the engine's current JVM ({@link EngineProcess#stop()}); no JVM is launched after this, so a restart
     * still under way when the workload ends cannot leave one running after its clean-up.
     */
    public Optional<String> stop() {
        EngineProcess last;
        synchronized (launchLock) {
            stopped = true;
            last = current;
        }
        return last.stop();
    }

    public void stopAfterKafkaLoss() {
        current.stopAfterKafkaLoss();
    }

    /** The engine's JVMs killed so far. */
    public synchronized int kills() {
        return kills;
    }

    @Override
    public boolean isAlive() {
        return restarting || current.isAlive();
    }

    @Override
    public Optional<Integer> exitCode() {
        return restarting ? Optional.empty() : current.exitCode();
    }

    /** With the reason first if a restart failed: the last JVM's output alone would not say why it is down. */
    @Override
    public String outputTail() {
        String failure = restartFailure;
        return failure == null
                ? current.outputTail()
                : "kill-engine's restart failed: " + failure + "\n" + current.outputTail();
    }

    @Override
    public String toString() {
        return current.toString();
    }
}
