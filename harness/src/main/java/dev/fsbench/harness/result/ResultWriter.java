package dev.fsbench.harness.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fsbench.api.EngineSession;
import java.io.IOException;
import java.nio.file.Path;

/** Writes result.json atomically (temp file + rename), so a reader or a crash never leaves half a result. */
public final class ResultWriter {

    public static final String RESULT_FILE = "result.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ResultWriter() {}

    public static Path write(RunResult result, Path runDir) throws IOException {
        Path file = runDir.resolve(RESULT_FILE);
        EngineSession.writeAtomically(file, JSON.writeValueAsBytes(result));
        return file;
    }

    public static ObjectMapper mapper() {
        return JSON;
    }
}
