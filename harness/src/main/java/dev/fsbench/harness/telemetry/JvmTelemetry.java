package dev.fsbench.harness.telemetry;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.JvmSettings;
import dev.fsbench.results.TelemetryResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Telemetry of a forked JVM: the options that make it record (heap, collector, JFR, GC log) and the analysis of
 * what it recorded. Files in {@code dir}, named after {@code label}: {@code <label>.jfr} (flight recording,
 * dumped when the JVM exits), {@code <label>-gc.log} (unified GC log), {@code <label>-jfr-repository/} (JFR's
 * working chunks; empty after a clean exit, the only trace of a JVM killed before its dump) and the shared
 * {@code fsbench-telemetry.jfc}.
 *
 * <p>Engine properties read, as declared in {@link JvmSettings}: {@code jvm.heap} (used as both -Xms and -Xmx so
 * every engine gets the same fixed heap and no resizing happens mid-run), {@code jvm.gc} and {@code jvm.jfr}
 * (false leaves only the GC log, to measure the recorder's own overhead).
 */
public final class JvmTelemetry {

    public static final String GC_PROPERTY = JvmSettings.GC.key();
    public static final String JFR_PROPERTY = JvmSettings.JFR.key();

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9._-]+");
    /** A label with a launcher's placeholders in it, e.g. {@code executor-{{EXECUTOR_ID}}}. */
    private static final Pattern LABEL_TEMPLATE = Pattern.compile("([A-Za-z0-9._-]|\\{\\{[A-Z_]+}})+");

    private JvmTelemetry() {}

    public static Path recordingFile(Path dir, String label) {
        return dir.resolve(requireLabel(label) + ".jfr");
    }

    public static Path gcLogFile(Path dir, String label) {
        return dir.resolve(requireLabel(label) + "-gc.log");
    }

    static Path repositoryDir(Path dir, String label) {
        return dir.resolve(requireLabel(label) + "-jfr-repository");
    }

    /**
     * JVM options for a JVM that runs {@code spec}; creates {@code dir} and writes the JFR settings file into it.
     *
     * @throws IllegalArgumentException naming the engine property if a {@code jvm.*} setting is invalid
     */
    public static List<String> jvmOptions(WorkloadSpec spec, Path dir, String label) {
        requireLabel(label);
        String heap = JvmSettings.HEAP.get(spec);
        List<String> options = new ArrayList<>();
        options.add("-Xms" + heap);
        options.add("-Xmx" + heap);
        options.addAll(recordingOptions(spec, dir, label));
        return options;
    }

    /**
     * The collector, GC log and flight recording options of {@link #jvmOptions} without the heap: for a JVM whose
     * launcher sizes the heap itself (a Spark executor, from spark.executor.memory). {@code label} may hold the
     * launcher's placeholders, e.g. Spark's {@code {{EXECUTOR_ID}}}, which it fills in for each JVM it starts.
     */
    public static List<String> recordingOptions(WorkloadSpec spec, Path dir, String label) {
        requireLabelTemplate(label);
        Path absoluteDir = requireOptionSafe(dir.toAbsolutePath().normalize());
        GarbageCollector collector = GarbageCollector.fromProperty(JvmSettings.GC.get(spec));
        boolean recording = JvmSettings.JFR.get(spec);

        List<String> options = new ArrayList<>();
        options.add(collector.jvmFlag());
        options.add("-Xlog:gc*:file=" + absoluteDir.resolve(label + "-gc.log") + ":time,uptime,level,tags:filecount=0");
        if (recording) {
            Path settings = TelemetrySettings.writeTo(absoluteDir);
            // In the run directory rather than java.io.tmpdir: a killed JVM's chunks stay with its run, not in /tmp.
            options.add("-XX:FlightRecorderOptions=repository=" + absoluteDir.resolve(label + "-jfr-repository"));
            options.add("-XX:StartFlightRecording=name=fsbench,settings=" + settings + ",filename="
                    + absoluteDir.resolve(label + ".jfr") + ",dumponexit=true");
        } else {
            try {
                Files.createDirectories(absoluteDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create telemetry directory " + absoluteDir, e);
            }
        }
        return options;
    }

    /** Like {@link #analyze(Path, String, long, long)}, but DISABLED when the spec switched recording off. */
    public static TelemetryResult analyze(
            WorkloadSpec spec, Path dir, String label, long measureFromEpochMs, long measureToEpochMs) {
        if (!JvmSettings.JFR.get(spec)) {
            return TelemetryResult.disabled(
                    "flight recording switched off (" + JFR_PROPERTY + "=false)", existingFiles(dir, label));
        }
        return analyze(dir, label, measureFromEpochMs, measureToEpochMs);
    }

    /**
     * Figures for events in [from, to) and series for the whole recording. Never throws for a bad recording:
     * a missing, empty or truncated file gives status MISSING with the reason.
     */
    public static TelemetryResult analyze(Path dir, String label, long measureFromEpochMs, long measureToEpochMs) {
        Path recording = recordingFile(dir, label);
        Map<String, String> files = existingFiles(dir, label);
        try {
            if (!Files.isRegularFile(recording)) {
                return TelemetryResult.missing(
                        "no flight recording at " + recording + ": the JVM exited without dumping it"
                                + leftoverHint(dir, label),
                        files);
            }
            if (Files.size(recording) == 0) {
                return TelemetryResult.missing(
                        "flight recording " + recording + " is empty: the JVM died before dumping it (killed?)"
                                + leftoverHint(dir, label),
                        files);
            }
            TelemetryResult result = RecordingAnalyzer.analyze(recording, measureFromEpochMs, measureToEpochMs, files);
            deleteEmptyRepository(dir, label);
            return result;
        } catch (IOException | RuntimeException e) {
            return TelemetryResult.missing(
                    "cannot read flight recording " + recording + " (truncated or corrupt?): " + e, files);
        }
    }

    static Map<String, String> existingFiles(Path dir, String label) {
        Map<String, String> files = new LinkedHashMap<>();
        putIfExists(files, "jfr", dir, recordingFile(dir, label));
        putIfExists(files, "gcLog", dir, gcLogFile(dir, label));
        return files;
    }

    private static void putIfExists(Map<String, String> files, String key, Path dir, Path file) {
        if (Files.isRegularFile(file)) {
            files.put(key, dir.relativize(file).toString());
        }
    }

    private static String leftoverHint(Path dir, String label) {
        Path repository = repositoryDir(dir, label);
        try (Stream<Path> entries = Files.isDirectory(repository) ? Files.walk(repository) : Stream.empty()) {
            boolean hasChunks = entries.anyMatch(p -> p.getFileName().toString().endsWith(".jfr"));
            return hasChunks
                    ? "; its last flushed chunks are in " + repository + " (JDK Mission Control opens them)"
                    : "";
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** After a clean exit JFR empties its repository but leaves the directories. */
    private static void deleteEmptyRepository(Path dir, String label) {
        Path repository = repositoryDir(dir, label);
        if (!Files.isDirectory(repository)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(repository)) {
            List<Path> deepestFirst = entries.sorted(Comparator.reverseOrder()).toList();
            if (deepestFirst.stream().allMatch(Files::isDirectory)) {
                for (Path empty : deepestFirst) {
                    Files.deleteIfExists(empty);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a leftover empty directory is untidy, not wrong
        }
    }

    private static String requireLabel(String label) {
        if (label == null || !LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException(
                    "telemetry label must match " + LABEL + " (it names files), got '" + label + "'");
        }
        return label;
    }

    private static String requireLabelTemplate(String label) {
        if (label == null || !LABEL_TEMPLATE.matcher(label).matches()) {
            throw new IllegalArgumentException(
                    "telemetry label must match " + LABEL_TEMPLATE + " (it names files), got '" + label + "'");
        }
        return label;
    }

    /** -Xlog separates its parts with ':' and -XX:StartFlightRecording its options with ','. */
    private static Path requireOptionSafe(Path dir) {
        String text = dir.toString();
        if (text.contains(",") || text.contains(":")) {
            throw new IllegalArgumentException("telemetry directory " + dir
                    + " contains ',' or ':', which the JVM's -Xlog and -XX:StartFlightRecording options cannot carry");
        }
        return dir;
    }
}
