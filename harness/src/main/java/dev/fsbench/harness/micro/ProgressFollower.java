package dev.fsbench.harness.micro;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Echoes the interesting lines a child JVM appends to its log file (JMH's "# Run progress", benchmark and
 * parameter headers, failures) so a long run shows where it is; the full log stays in the file.
 */
final class ProgressFollower {

    static final Predicate<String> JMH_PROGRESS = line -> line.startsWith("# Run progress")
            || line.startsWith("# Benchmark:")
            || line.startsWith("# Parameters:")
            || line.startsWith("<failure>")
            || line.contains("Exception")
            || line.startsWith("ERROR")
            || line.startsWith("Benchmark result is saved");

    private final Path file;
    private final PrintStream console;
    private final Predicate<String> interesting;
    private final String prefix;
    private long position;
    private final StringBuilder partialLine = new StringBuilder();

    ProgressFollower(Path file, PrintStream console, Predicate<String> interesting, String prefix) {
        this.file = file;
        this.console = console;
        this.interesting = interesting;
        this.prefix = prefix;
    }

    /** Prints the complete new lines that match; call repeatedly, and once more after the process ended. */
    void poll() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length <= position) {
                return;
            }
            byte[] chunk = new byte[(int) Math.min(length - position, 1 << 20)];
            in.seek(position);
            in.readFully(chunk);
            position += chunk.length;
            partialLine.append(new String(chunk, StandardCharsets.UTF_8));
        }
        int newline;
        while ((newline = partialLine.indexOf("\n")) >= 0) {
            String line = partialLine.substring(0, newline).stripTrailing();
            partialLine.delete(0, newline + 1);
            if (interesting.test(line)) {
                console.println(prefix + line);
            }
        }
    }
}
