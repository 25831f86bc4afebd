package dev.fsbench.harness.process;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A child JVM the harness owns: the Kafka broker or an engine. Its stdout and stderr go to files in its log
 * directory (kept for the user; the tail of stderr explains a crash), its stdin stays an open pipe: closing
 * it is the polite stop request, and if the harness dies the pipe breaks, so the child can stop itself.
 * Stopping escalates: close stdin, then SIGTERM, then SIGKILL, each after a grace period.
 */
public final class ForkedJvm implements AutoCloseable {

    /** What to run. {@code label} names the log files ({@code <label>.out}, {@code <label>.err}). */
    public record Spec(
            String label,
            String mainClass,
            List<Path> classpath,
            List<String> jvmOptions,
            List<String> args,
            Map<String, String> environment,
            Path logDir) {
        public Spec {
            classpath = List.copyOf(classpath);
            jvmOptions = List.copyOf(jvmOptions);
            args = List.copyOf(args);
            environment = Map.copyOf(environment);
        }
    }

    private static final Duration DEFAULT_GRACE = Duration.ofSeconds(15);

    private final Spec spec;
    private final Process process;
    /** How long a stop waits after closing stdin before SIGTERM; zero for a child that does not watch stdin. */
    private volatile Duration stdinStopGrace = DEFAULT_GRACE;

    private final OutputStream stdin;
    private final Path stdoutFile;
    private final Path stderrFile;

    private ForkedJvm(Spec spec, Process process, Path stdoutFile, Path stderrFile) {
        this.spec = spec;
        this.process = process;
        this.stdin = process.getOutputStream();
        this.stdoutFile = stdoutFile;
        this.stderrFile = stderrFile;
    }

    public static ForkedJvm start(Spec spec) throws IOException {
        return start(spec, null);
    }

    /** As {@link #start(Spec)}, in {@code workingDir} (null: the harness's own) for a child that writes there. */
    public static ForkedJvm start(Spec spec, Path workingDir) throws IOException {
        Files.createDirectories(spec.logDir());
        Path stdout = spec.logDir().resolve(spec.label() + ".out");
        Path stderr = spec.logDir().resolve(spec.label() + ".err");
        Path argFile = spec.logDir().resolve(spec.label() + ".jvmargs");
        // An argument file keeps long classpaths (Spark: hundreds of jars) off the command line and lets a
        // user rerun the exact JVM with `java @<label>.jvmargs`.
        Files.writeString(argFile, argFileContent(spec), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("@" + argFile.toAbsolutePath());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(spec.environment());
        if (workingDir != null) {
            builder.directory(Files.createDirectories(workingDir).toFile());
        }
        ForkedJvm jvm = new ForkedJvm(spec, builder.start(), stdout, stderr);
        ShutdownRegistry.register(jvm);
        return jvm;
    }

    private static String argFileContent(Spec spec) {
        List<String> lines = new ArrayList<>(spec.jvmOptions());
        lines.add("-cp");
        lines.add(spec.classpath().stream()
                .map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining(java.io.File.pathSeparator)));
        lines.add(spec.mainClass());
        lines.addAll(spec.args());
        return lines.stream().map(ForkedJvm::quote).collect(Collectors.joining("\n", "", "\n"));
    }

    /** Java argument files treat '#', whitespace and quotes specially; quote every argument. */
    private static String quote(String arg) {
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String label() {
        return spec.label();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    public boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public Path stdoutFile() {
        return stdoutFile;
    }

    public Path stderrFile() {
        return stderrFile;
    }

    /** The last lines of stderr (or stdout if stderr is empty): what a user needs to see when a JVM crashed. */
    public String outputTail(int maxLines) {
        String tail = tail(stderrFile, maxLines);
        return tail.isBlank() ? tail(stdoutFile, maxLines) : tail;
    }

    private static String tail(Path file, int maxLines) {
        Deque<String> last = new ArrayDeque<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                last.addLast(line);
                if (last.size() > maxLines) {
                    last.removeFirst();
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
        return String.join("\n", last);
    }

    /** Closes stdin: the child's signal to stop gracefully (engines and the broker watch it). */
    public void requestStop() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already closed or the child is gone: either way the request is made
        }
    }

    /**
     * Stops the JVM: stdin EOF, then SIGTERM, then SIGKILL, waiting {@code grace} after each of the first two.
     * Returns the exit code.
     */
    public int stop(Duration grace) {
        return stop(grace, grace);
    }

    /**
     * Stops the JVM: stdin EOF and up to {@code politeGrace} for the child's own stop, then SIGTERM and up to
     * {@code termGrace}, then SIGKILL. A child that exits sooner is not waited for any longer. Returns the exit
     * code (-1 if even SIGKILL did not end it in time).
     */
    public int stop(Duration politeGrace, Duration termGrace) {
        try {
            if (process.isAlive()) {
                requestStop();
                if (!process.waitFor(politeGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroy();
                    if (!process.waitFor(termGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                        process.descendants().forEach(ProcessHandle::destroyForcibly);
                        process.destroyForcibly().waitFor(termGrace.toMillis(), TimeUnit.MILLISECONDS);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        } finally {
            ShutdownRegistry.unregister(this);
        }
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** Kills the JVM at once (SIGKILL): for tests of crash handling, and for a second Ctrl-C. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    @Override
    public void close() {
        stop(stdinStopGrace, DEFAULT_GRACE);
    }

    /**
     * Marks a child that does not watch its stdin (JMH's runner): its stop, the shutdown hook's included, sends
     * SIGTERM at once instead of waiting out a grace the child would never use.
     */
    public ForkedJvm ignoresStdin() {
        stdinStopGrace = Duration.ZERO;
        return this;
    }

    @Override
    public String toString() {
        return "JVM '" + spec.label() + "' (pid " + process.pid() + ")";
    }
}
