package dev.fsbench.harness.result;

import dev.fsbench.api.AtomicFiles;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import java.io.IOException;
import java.nio.file.Path;

/** Writes result.json atomically (temp file + rename), so a reader or a crash never leaves half a result. */
public final class ResultWriter {

    public static final String RESULT_FILE = ResultJson.RESULT_FILE;

    private ResultWriter() {}

    public static Path write(RunResult result, Path runDir) throws IOException {
        Path file = runDir.resolve(RESULT_FILE);
        AtomicFiles.write(file, ResultJson.write(result));
        return file;
    }
}
