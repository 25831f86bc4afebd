package dev.fsbench.harness.cli;

import dev.fsbench.harness.engine.BenchHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher finds event logs anywhere under a run directory and Spark's History Server lists them. */
class SparkHistoryServerIT {

    @Test
    void servesTheApplicationsOfEventLogsFoundUnderARunDirectory(@TempDir Path runDir) throws Exception {
        Path events = Files.createDirectories(runDir.resolve("spark-structured-cli/engine/spark-events"));
        Files.write(events.resolve("local-1700000000000"), List.of(
                "{\"Event\":\"SparkListenerLogStart\",\"Spark Version\":\"3.5.3\"}",
                "{\"Event\":\"SparkListenerApplicationStart\",\"App Name\":\"fsbench spark-structured test\","
                        + "\"App ID\":\"local-1700000000000\",\"Timestamp\":1700000000000,\"User\":\"bench\"}",
                "{\"Event\":\"SparkListenerApplicationEnd\",\"Timestamp\":1700000001000}"));

        Path servedCopies;
        try (SparkHistoryServerLauncher server = SparkHistoryServerLauncher.start(runDir, 0, BenchHome.locate())) {
            servedCopies = server.eventLogDirectory();
            assertThat(server.applications()).isEqualTo(1);
            assertThat(server.url()).startsWith("http://127.0.0.1:");
            String applications = pollApplications(server.url());
            assertThat(applications).contains("local-1700000000000").contains("fsbench spark-structured test");
        }
        assertThat(servedCopies).doesNotExist();
    }

    /** The History Server scans its directory in the background: poll its REST API until the app shows up. */
    private static String pollApplications(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/applications")).build();
        String body = "";
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            body = response.body();
            if (response.statusCode() == 200 && body.contains("local-1700000000000")) {
                return body;
            }
            Thread.sleep(500);
        }
        return body;
    }
}
