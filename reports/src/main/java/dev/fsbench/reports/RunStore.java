package dev.fsbench.reports;

import dev.fsbench.api.AtomicFiles;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The run history: {@code <reports>/runs/<runId>/result.json}, append-only. A result that cannot be read is
 * reported in {@link #problems()} and skipped, so one damaged file never takes every page down with it.
 */
public final class RunStore {
    /** Same rule as the result schema; it also keeps a run id from escaping the runs directory. */
    private static final Pattern RUN_ID = Pattern.compile("^[A-Za-z0-9._-]+$");

    public static final String RESULT_FILE = ResultJson.RESULT_FILE;

    private final Path reportsDir;
    private final List<String> problems = new ArrayList<>();

    public RunStore(Path reportsDir) {
        this.reportsDir = reportsDir;
    }

    public Path reportsDir() {
        return reportsDir;
    }

    public Path runsDir() {
        return reportsDir.resolve("runs");
    }

    public Path runDir(String runId) {
        requireValidRunId(runId);
        return runsDir().resolve(runId);
    }

    /** Every readable run, newest first (by startedAt, then run id). */
    public List<RunRecord> list() throws IOException {
        problems.clear();
        List<RunRecord> runs = new ArrayList<>();
        if (!Files.isDirectory(runsDir())) {
            return runs;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(runsDir(), Files::isDirectory)) {
            for (Path dir : dirs) {
                Path file = dir.resolve(RESULT_FILE);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    runs.add(new RunRecord(dir.getFileName().toString(), dir, ResultJson.read(file)));
                } catch (IOException e) {
                    problems.add("skipped " + file + ": " + e.getMessage());
                }
            }
        }
        runs.sort(Comparator.comparing(RunRecord::startedAt)
                .thenComparing(RunRecord::runId)
                .reversed());
        return runs;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public RunRecord load(String runId) throws IOException {
        Path file = runDir(runId).resolve(RESULT_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no run '" + runId + "': " + file + " does not exist");
        }
        return new RunRecord(runId, file.getParent(), ResultJson.read(file));
    }

    /**
     * Copies a harness result into the history under its own runId.
     *
     * @throws IOException when the run id is missing or invalid, or that run is already archived with other content
     */
    public RunRecord archive(Path resultJson) throws IOException {
        RunResult result = ResultJson.read(resultJson);
        String runId = result.runId();
        if (runId == null) {
            throw new IOException(resultJson + " has no runId");
        }
        Path target = runDir(runId).resolve(RESULT_FILE);
        if (!target.toAbsolutePath()
                .normalize()
                .equals(resultJson.toAbsolutePath().normalize())) {
            AtomicFiles.writeOnce(target, Files.readAllBytes(resultJson));
        }
        return new RunRecord(runId, target.getParent(), result);
    }

    public static void requireValidRunId(String runId) {
        if (runId == null || !RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException(
                    "invalid run id '" + runId + "': only letters, digits, '.', '_' and '-' are allowed");
        }
        if (runId.equals(".") || runId.equals("..")) {
            throw new IllegalArgumentException("invalid run id '" + runId + "'");
        }
    }
}
