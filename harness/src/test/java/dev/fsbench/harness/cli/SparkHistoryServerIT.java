package dev.fsbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.process.ForkedJvm;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event logs anywhere under a runs directory show up in Spark's History Server, served on loopback. */
class SparkHistoryServerIT {

    private static final String APP_ID = "local-1700000000000";

    @Test
    void listsTheApplicationsOfEventLogsFoundUnderTheRuns(@TempDir Path runs, @TempDir Path workDir) throws Exception {
        Path events = Files.createDirectories(runs.resolve("run-1/spark-structured-cli/engine/spark-events"));
        Files.write(
                events.resolve(APP_ID),
                List.of(
                        "{\"Event\":\"SparkListenerLogStart\",\"Spark Version\":\"3.5.3\"}",
                        "{\"Event\":\"SparkListenerApplicationStart\",\"App Name\":\"fsbench spark-structured test\","
                                + "\"App ID\":\"" + APP_ID + "\",\"Timestamp\":1700000000000,\"User\":\"bench\"}",
                        "{\"Event\":\"SparkListenerApplicationEnd\",\"Timestamp\":1700000001000}"));
        SparkHistoryUi ui = new SparkHistoryUi();
        List<Path> found = ui.find(runs);
        assertThat(found).containsExactly(events.toAbsolutePath().normalize());

        int port = freePort();
        try (ForkedJvm server = ForkedJvm.start(ui.spec(BenchHome.locate(), found, port, workDir))) {
            String applications = pollUntilListed("http://127.0.0.1:" + port + ui.readinessPath(), server);
            assertThat(applications).contains(APP_ID).contains("fsbench spark-structured test");
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The History Server scans its directory in the background: poll its REST API until the app shows up. */
    private static String pollUntilListed(String url, ForkedJvm server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        String body = "";
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline && server.isAlive()) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                body = response.body();
                if (response.statusCode() == 200 && body.contains(APP_ID)) {
                    return body;
                }
            } catch (java.io.IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        return body + "\n(server alive: " + server.isAlive() + ")\n" + server.outputTail(20);
    }
}
