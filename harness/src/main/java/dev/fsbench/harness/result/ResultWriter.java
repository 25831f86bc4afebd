package dev.fsbench.harness.result;

import dev.fsbench.api.AtomicFiles;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes result.json atomically (temp file + rename), so a reader or a crash never leaves half a result: on a full
 * disk the previous result.json stays whole, and the error names the file and its file system.
 */
public final class ResultWriter {

    public static final String RESULT_FILE = ResultJson.RESULT_FILE;

    private ResultWriter() {}

    public static Path write(RunResult result, Path runDir) throws IOException {
        Path file = runDir.resolve(RESULT_FILE);
        try {
            AtomicFiles.write(file, ResultJson.write(result));
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage() + " (" + disk(runDir) + ")", e);
        }
        return file;
    }

    /** The file system a directory is on and its free space, for an error about writing there. */
    static String disk(Path dir) {
        try {
            FileStore store = Files.getFileStore(dir);
            return "file system " + store + ": " + store.getUsableSpace() / 1024 + " KiB free of "
                    + store.getTotalSpace() / 1024 + " KiB";
        } catch (IOException e) {
            return "file system unknown: " + e.getMessage();
        }
    }
}
