package dev.fsbench.harness.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.cli.BenchCli;
import dev.fsbench.harness.process.CurrentClasspath;
import dev.fsbench.harness.process.ForkedJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A real {@code bench} command in its own JVM, as a fault test drives it: waited for until its console shows a
 * phase, signalled, waited for until it exits; every descendant it ever had (broker, engines, JMH forks) is
 * remembered, since they are reparented once the harness is gone. Its temp directory ({@code java.io.tmpdir} and
 * {@code TMPDIR} of the harness and, through {@code JAVA_TOOL_OPTIONS}, of every JVM under it) is private, so
 * "no temp dir left" can be checked.
 */
final class ForkedHarness implements AutoCloseable {

    private final ForkedJvm jvm;
    private final Path tmp;
    private final Map<Long, ProcessHandle> descendants = new LinkedHashMap<>();
    private long faultAtNanos;
    private long exitedAtNanos;

    private ForkedHarness(ForkedJvm jvm, Path tmp) {
        this.jvm = jvm;
        this.tmp = tmp;
        this.faultAtNanos = System.nanoTime(); // until a signal: a fault the run meets by itself (a full disk)
    }

    static ForkedHarness start(Path dir, List<String> systemProperties, List<String> args) throws IOException {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> jvmOptions = new ArrayList<>();
        jvmOptions.add("-Dbench.home=" + System.getProperty("bench.home", ".."));
        jvmOptions.add("-Djava.io.tmpdir=" + tmp);
        jvmOptions.addAll(systemProperties);
        ForkedJvm jvm = ForkedJvm.start(new ForkedJvm.Spec(
                "harness",
                BenchCli.class.getName(),
                CurrentClasspath.entries(),
                jvmOptions,
                args,
                Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp, "TMPDIR", tmp.toString()),
                dir.resolve("harness-logs")));
        return new ForkedHarness(jvm, tmp);
    }

    long pid() {
        return jvm.pid();
    }

    String console() {
        try {
            return Files.readString(jvm.stdoutFile());
        } catch (IOException e) {
            return "";
        }
    }

    /** What the harness printed to stderr (its error messages). */
    String errors() {
        try {
            return Files.readString(jvm.stderrFile());
        } catch (IOException e) {
            return "";
        }
    }

    String tail() {
        return jvm.outputTail(40);
    }

    /** Waits until a console line matches and {@code ready} holds (e.g. a JMH JVM runs); fails if the harness ends. */
    void awaitPhase(String what, Predicate<String> line, Predicate<List<ProcessHandle>> ready, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            List<ProcessHandle> now = liveDescendants();
            if (console().lines().anyMatch(line) && ready.test(now)) {
                return;
            }
            assertThat(jvm.isAlive())
                    .as("harness ended before " + what + ":\n" + tail())
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("never reached " + what + ":\n" + tail())
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** The harness's descendants alive now (each also remembered for {@link #assertNothingLeft}). */
    List<ProcessHandle> liveDescendants() {
        List<ProcessHandle> now =
                ProcessHandle.of(jvm.pid()).map(h -> h.descendants().toList()).orElse(List.of());
        synchronized (descendants) {
            now.forEach(h -> descendants.putIfAbsent(h.pid(), h));
        }
        return now;
    }

    /** True if the harness ignores SIGINT (started with it ignored, as by a non-interactive shell's '&'). */
    boolean ignoresSigint() throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(jvm.pid()), "status")).stream()
                .filter(l -> l.startsWith("SigIgn:"))
                .map(l -> Long.parseLong(l.substring("SigIgn:".length()).trim(), 16))
                .anyMatch(mask -> (mask & 0x2) != 0);
    }

    /** Sends {@code signal} (INT, TERM, KILL) to the harness alone, as kill(1) does. */
    void signal(String signal) throws IOException, InterruptedException {
        liveDescendants();
        faultAtNanos = System.nanoTime();
        Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(jvm.pid()))
                .redirectErrorStream(true)
                .start();
        assertThat(kill.waitFor()).as("kill -s " + signal).isZero();
    }

    /** Waits for the harness to exit (watching its descendants meanwhile); returns its exit code. */
    int awaitExit(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (jvm.isAlive()) {
            liveDescendants();
            assertThat(System.nanoTime()).as("harness did not exit:\n" + tail()).isLessThan(deadline);
            Thread.sleep(50);
        }
        exitedAtNanos = System.nanoTime();
        return jvm.exitCode().orElseThrow();
    }

    Duration timeToExit() {
        return Duration.ofNanos(exitedAtNanos - faultAtNanos);
    }

    /**
     * No descendant outlived the harness by more than {@code grace} (children stop on their own when the harness
     * dies: they watch their stdin), and the temp directory is empty.
     */
    void assertNothingLeft(Duration grace) throws InterruptedException, IOException {
        List<ProcessHandle> seen;
        synchronized (descendants) {
            seen = List.copyOf(descendants.values());
        }
        long deadline = System.nanoTime() + grace.toNanos();
        while (seen.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        for (ProcessHandle child : seen) {
            assertThat(child.isAlive())
                    .as("process " + child.pid() + " outlived the harness: "
                            + child.info().commandLine().orElse("?"))
                    .isFalse();
        }
        try (Stream<Path> left = Files.list(tmp)) {
            // JMH's machine-wide lock file (so two JMH runs never share a machine): JMH keeps it after every run,
            // finished or not, by design; it holds no data
            assertThat(left.filter(p -> !p.getFileName().toString().equals("jmh.lock"))
                            .map(Path::toString)
                            .toList())
                    .as("temp files left in " + tmp)
                    .isEmpty();
        }
    }

    /** Whether any remembered descendant's command line contains {@code text}. */
    static boolean anyCommandContains(List<ProcessHandle> processes, String text) {
        return processes.stream()
                .anyMatch(p -> p.info().commandLine().orElse("").contains(text)
                        || p.info()
                                .arguments()
                                .map(a -> String.join(" ", a))
                                .orElse("")
                                .contains(text));
    }

    @Override
    public void close() {
        jvm.kill();
        synchronized (descendants) {
            descendants.values().forEach(ProcessHandle::destroyForcibly);
        }
    }
}
