package dev.fsbench.flink;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/** Waits, through REST, until every task of the job runs (the job's RUNNING state comes earlier than that). */
final class JobStatusWatcher {

    private static final Set<String> TERMINAL = Set.of("FAILED", "CANCELED", "FINISHED", "SUSPENDED");

    private final FlinkRestClient rest;
    private final String jobId;

    JobStatusWatcher(FlinkRestClient rest, String jobId) {
        this.rest = rest;
        this.jobId = jobId;
    }

    void awaitAllTasksRunning(long timeoutMs) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        String lastSeen = "no answer from " + rest.baseUrl();
        while (System.currentTimeMillis() < deadline) {
            try {
                JsonNode details = rest.get("/jobs/" + jobId);
                String state = details.path("state").asText();
                if (TERMINAL.contains(state)) {
                    throw new IllegalStateException(
                            "Flink job " + jobId + " ended as " + state + " before running: " + rootException());
                }
                if (allVerticesRunning(details)) {
                    return;
                }
                lastSeen = "job " + state;
            } catch (IOException e) {
                lastSeen = e.getMessage();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(
                "Flink job " + jobId + " not running after " + timeoutMs + " ms (" + lastSeen + ")");
    }

    private static boolean allVerticesRunning(JsonNode details) {
        JsonNode vertices = details.path("vertices");
        if (vertices.isEmpty()) {
            return false;
        }
        for (JsonNode vertex : vertices) {
            if (!"RUNNING".equals(vertex.path("status").asText())) {
                return false;
            }
        }
        return true;
    }

    /** Present once the job has ended by itself (failed, or finished without being asked to). */
    Optional<String> endedState() throws IOException {
        String state = rest.get("/jobs/" + jobId).path("state").asText();
        return TERMINAL.contains(state) ? Optional.of(state) : Optional.empty();
    }

    /** Restarts after failures: with checkpointing Flink restarts a failing job instead of failing it. */
    long restarts() throws IOException {
        for (JsonNode metric : rest.get("/jobs/" + jobId + "/metrics?get=numRestarts")) {
            return metric.path("value").asLong();
        }
        return 0;
    }

    String rootException() {
        try {
            JsonNode history = rest.get("/jobs/" + jobId + "/exceptions")
                    .path("exceptionHistory")
                    .path("entries");
            return history.isEmpty()
                    ? "(no exception recorded)"
                    : history.get(0)
                            .path("stacktrace")
                            .asText()
                            .lines()
                            .limit(5)
                            .reduce((a, b) -> a + "\n" + b)
                            .orElse("");
        } catch (IOException e) {
            return "(exception unavailable: " + e.getMessage() + ")";
        }
    }
}
