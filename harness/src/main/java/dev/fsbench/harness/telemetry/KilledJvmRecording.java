package dev.fsbench.harness.telemetry;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.JvmSettings;
import dev.fsbench.results.TelemetryResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The telemetry of a forked JVM the harness SIGKILLed (a fault's victim): it never dumped {@code <label>.jfr}, but
 * JFR had been writing its chunks to the repository {@link JvmTelemetry} gave it, {@code <label>-jfr-repository/
 * <start time>_<pid>/}, flushing them once a second. Those chunks hold everything up to the last flush before the
 * kill; they are read as the dump would have been. Nothing is estimated: without chunks the figures are absent.
 */
public final class KilledJvmRecording {

    private KilledJvmRecording() {}

    /**
     * Figures for [from, to) clipped to what the chunks hold, like {@link JvmTelemetry#analyze}; the result's file
     * {@code jfr} is the chunks' directory, relative to {@code dir}. MISSING (gc and cpu null) with the reason when
     * no chunk of {@code pid} is there or none holds an event; DISABLED when recording was switched off.
     */
    public static TelemetryResult analyze(
            WorkloadSpec spec, Path dir, String label, long pid, long measureFromEpochMs, long measureToEpochMs) {
        Map<String, String> files = JvmTelemetry.existingFiles(dir, label);
        if (!JvmSettings.JFR.get(spec)) {
            return TelemetryResult.disabled(
                    "flight recording switched off (" + JvmTelemetry.JFR_PROPERTY + "=false)", files);
        }
        Path repository = JvmTelemetry.repositoryDir(dir, label);
        Optional<Path> chunkDir;
        List<Path> chunks;
        try {
            chunkDir = chunkDirOf(repository, pid);
            chunks = chunkDir.map(KilledJvmRecording::chunksIn).orElse(List.of());
        } catch (UncheckedIOException e) {
            return TelemetryResult.missing(e.getMessage() + ": " + e.getCause(), files);
        }
        if (chunks.isEmpty()) {
            return TelemetryResult.missing(
                    "the JVM (pid " + pid + ") was killed before JFR flushed a chunk to " + repository, files);
        }
        files.put("jfr", dir.relativize(chunkDir.orElseThrow()).toString());
        return RecordingAnalyzer.analyzeChunks(chunks, measureFromEpochMs, measureToEpochMs, files);
    }

    /** JFR names a JVM's directory in the repository {@code <yyyy_MM_dd_HH_mm_ss>_<pid>}. */
    private static Optional<Path> chunkDirOf(Path repository, long pid) {
        if (!Files.isDirectory(repository)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(repository)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> d.getFileName().toString().endsWith("_" + pid))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the JFR repository " + repository, e);
        }
    }

    /** Its chunk files; their names are their start times, so the names sort them in time order. */
    private static List<Path> chunksIn(Path chunkDir) {
        try (Stream<Path> entries = Files.list(chunkDir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".jfr"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the JFR chunks in " + chunkDir, e);
        }
    }
}
