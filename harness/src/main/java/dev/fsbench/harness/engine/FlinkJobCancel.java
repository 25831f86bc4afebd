package dev.fsbench.harness.engine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Cancels a job on a Flink cluster through its REST API ({@code PATCH /jobs/<id>?mode=cancel}, answered 202 once
 * the cancellation is under way), from the harness: plain HTTP, no Flink class. Used when the harness gives up on
 * an engine JVM that submitted the job to a session cluster, where the job would otherwise run on.
 */
final class FlinkJobCancel {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private FlinkJobCancel() {}

    /** Sends the cancel request; returns what happened, for the console. Never throws. */
    static String cancel(String restUrl, String jobId) {
        String base = restUrl.endsWith("/") ? restUrl.substring(0, restUrl.length() - 1) : restUrl;
        if (!jobId.matches("[0-9a-f]{32}")) {
            return "not cancelling Flink job '" + jobId + "' on " + base + ": not a Flink job id";
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/jobs/" + jobId + "?mode=cancel"))
                .timeout(TIMEOUT)
                .method("PATCH", HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .connectTimeout(TIMEOUT)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            return switch (response.statusCode()) {
                case 202, 200 -> "cancelled Flink job " + jobId + " on the session cluster " + base;
                case 404 -> "Flink job " + jobId + " is no longer on the session cluster " + base;
                default ->
                    "cancelling Flink job " + jobId + " on " + base + " failed: HTTP "
                            + response.statusCode() + " " + abbreviate(response.body())
                            + "; cancel it by hand (Flink Web UI or `flink cancel " + jobId + "`)";
            };
        } catch (IOException e) {
            return "cannot reach the session cluster " + base + " to cancel Flink job " + jobId + " (" + e
                    + "); cancel it by hand (Flink Web UI or `flink cancel " + jobId + "`)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while cancelling Flink job " + jobId + " on " + base + "; cancel it by hand";
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
