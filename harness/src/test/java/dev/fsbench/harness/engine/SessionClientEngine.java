package dev.fsbench.harness.engine;

import dev.fsbench.api.EngineContext;
import dev.fsbench.api.EngineJob;
import dev.fsbench.api.EngineMain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A test engine standing in for the Flink engine JVM as a session cluster's client: its ready file names a job
 * already running on a session cluster (system properties {@value #REST_URL} and {@value #JOB_ID}) the way the
 * Flink engine's does, and it leaves a file in its java.io.tmpdir, as libraries do.
 */
public final class SessionClientEngine implements EngineJob {

    static final String REST_URL = "fsbench.test.restUrl";
    static final String JOB_ID = "fsbench.test.jobId";

    private SessionClientEngine(EngineContext context) {}

    public static void main(String[] args) {
        EngineMain.run(args, SessionClientEngine::new);
    }

    @Override
    public Map<String, Object> start() throws Exception {
        Path tempFile = Files.createTempFile("engine-library-", ".tmp");
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("jobId", System.getProperty(JOB_ID));
        info.put("restUrl", System.getProperty(REST_URL));
        info.put("sessionCluster", true);
        info.put("tempFile", tempFile.toAbsolutePath().toString());
        return info;
    }

    @Override
    public Map<String, Object> stop() {
        return Map.of("stopped", true);
    }
}
