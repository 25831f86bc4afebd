package dev.fsbench.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.results.RunResult;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a run's files go, checked before anything starts (exit 2 naming the path): the directory can be written,
 * and a reports directory holds no run of a newer result schema than this harness writes (its reports would
 * misread that run, and the regression gate would compare with figures it does not understand).
 */
final class RunPlaceChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunPlaceChecks() {}

    /** @throws IllegalArgumentException naming the directory and why it cannot be written */
    static void requireWritable(Path dir, String what) {
        Path existing = dir.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new IllegalArgumentException(
                    what + " " + dir + " cannot be created: " + existing + " is not a directory");
        }
        // a real write, not a permission check: root passes every permission check, but not a read-only file system
        try {
            Files.delete(Files.createTempFile(existing, ".fsbench-write-check", ""));
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(what + " " + dir + " is not writable (" + existing + ": " + e + ")");
        }
    }

    /** @throws IllegalArgumentException naming the first run whose result schema is newer than this harness's */
    static void requireNoNewerSchema(Path reportsDir) {
        Path runs = reportsDir.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(runs)) {
            for (Path run : dirs) {
                Path result = run.resolve("result.json");
                if (!Files.isRegularFile(result)) {
                    continue;
                }
                JsonNode version;
                try {
                    version = JSON.readTree(result.toFile()).path("schemaVersion");
                } catch (IOException e) {
                    continue; // an unreadable result is the reports' concern, which list it as a problem
                }
                if (version.asInt(0) > RunResult.SCHEMA_VERSION) {
                    throw new IllegalArgumentException("reports directory " + reportsDir + " holds run "
                            + run.getFileName() + " of result schema version " + version.asInt()
                            + ", newer than this harness's version " + RunResult.SCHEMA_VERSION
                            + ": use the newer harness, or another --reports directory");
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the runs of reports directory " + reportsDir + ": " + e);
        }
    }
}
