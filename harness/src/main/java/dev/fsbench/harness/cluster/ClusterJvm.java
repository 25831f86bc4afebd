package dev.fsbench.harness.cluster;

import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.process.ShutdownRegistry;
import dev.fsbench.harness.process.TempDirectory;
import java.nio.file.Path;
import java.time.Duration;

/** One running JVM of a standalone cluster ({@link ClusterJvms#start}): its role, process and temp dir. */
public final class ClusterJvm implements AutoCloseable {

    /**
     * After stdin EOF a role exits through its shutdown hooks, halted after
     * {@code StdinBoundMain.HALT_AFTER_SECONDS} (20 s) at most; SIGTERM only after that.
     */
    static final Duration POLITE_GRACE = Duration.ofSeconds(25);

    static final Duration TERM_GRACE = Duration.ofSeconds(10);

    private final String role;
    private final ForkedJvm jvm;
    private final Path tempDir;
    private volatile Long killedAtMs;

    ClusterJvm(String role, ForkedJvm jvm, Path tempDir) {
        this.role = role;
        this.jvm = jvm;
        this.tempDir = tempDir;
    }

    public String role() {
        return role;
    }

    public String label() {
        return jvm.label();
    }

    public long pid() {
        return jvm.pid();
    }

    public boolean isAlive() {
        return jvm.isAlive();
    }

    /** What the role wrote to stderr (where Flink's and Spark's console loggers write), under the cluster's dir. */
    public Path logFile() {
        return jvm.stderrFile();
    }

    public String outputTail(int lines) {
        return jvm.outputTail(lines);
    }

    /** As {@link EngineCluster#processes()} lists it: marked with the time of its kill once {@link #kill()}ed. */
    public EngineCluster.ClusterProcess process() {
        return new EngineCluster.ClusterProcess(role, pid(), logFile(), killedAtMs);
    }

    /** Whether {@link #kill()} ended it: it stays one of the cluster's processes, marked so. */
    public boolean wasKilled() {
        return killedAtMs != null;
    }

    /** Closes its stdin: the role begins its own shutdown. */
    void requestStop() {
        jvm.requestStop();
    }

    /** SIGKILL, as a crash or the OOM killer would end it; waits until it is gone. */
    public void kill() throws InterruptedException {
        killedAtMs = System.currentTimeMillis();
        jvm.kill();
        jvm.waitFor(TERM_GRACE);
        cleanUp();
    }

    /** Stops it (stdin EOF, SIGTERM, SIGKILL) and deletes its temp dir. Idempotent, never throws. */
    @Override
    public void close() {
        jvm.stop(POLITE_GRACE, TERM_GRACE);
        cleanUp();
    }

    private void cleanUp() {
        if (!jvm.isAlive()) {
            TempDirectory.deleteRecursively(tempDir);
        }
        ShutdownRegistry.unregister(this);
    }

    @Override
    public String toString() {
        return role + " " + jvm;
    }
}
