package dev.fsbench.harness.micro;

import dev.fsbench.harness.process.ForkedJvm;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs one main class of a benchmarks jar in a child JVM (the lead's ForkedJvm: logs in {@code <dir>/logs},
 * killed with its descendants if the harness is interrupted), echoing JMH progress to the console.
 */
final class JmhJarRunner {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final Path logDir;
    private final PrintStream console;

    JmhJarRunner(Path logDir, PrintStream console) {
        this.logDir = logDir;
        this.console = console;
    }

    /** Runs to completion; throws with the tail of the JVM's output if it exits non-zero or exceeds the limit. */
    void run(MicrobenchJar jar, Path jarFile, String label, String mainClass, List<String> args, Duration limit)
            throws IOException, InterruptedException {
        ForkedJvm.Spec spec = new ForkedJvm.Spec(
                label, mainClass, List.of(jarFile), jar.jvmOptions(jarFile), args, jar.environment(), logDir);
        ForkedJvm jvm = ForkedJvm.start(spec).ignoresStdin(); // JMH's main never reads stdin
        try {
            ProgressFollower progress =
                    new ProgressFollower(jvm.stdoutFile(), console, ProgressFollower.JMH_PROGRESS, "[" + label + "] ");
            long deadline = System.nanoTime() + limit.toNanos();
            while (!jvm.waitFor(POLL)) {
                progress.poll();
                if (System.nanoTime() > deadline) {
                    throw new IOException(
                            label + " did not finish within " + limit.toMinutes() + " min; log: " + jvm.stdoutFile());
                }
            }
            progress.poll();
            int exit = jvm.exitCode().orElse(-1);
            if (exit != 0) {
                throw new IOException(
                        label + " exited with " + exit + " (log: " + jvm.stdoutFile() + "):\n" + jvm.outputTail(15));
            }
        } finally {
            jvm.stop(Duration.ZERO, GRACE);
        }
    }
}
