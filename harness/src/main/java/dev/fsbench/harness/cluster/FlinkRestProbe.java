package dev.fsbench.harness.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalInt;

/** Asks a Flink JobManager's REST API how many TaskManagers registered with it: plain HTTP, no Flink class. */
final class FlinkRestProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI taskManagers;

    FlinkRestProbe(String restAddress) {
        this.taskManagers = URI.create("http://" + restAddress + "/taskmanagers");
    }

    /** The TaskManagers registered now; empty while the REST endpoint does not answer. */
    OptionalInt registeredTaskManagers() throws InterruptedException {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(taskManagers).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return OptionalInt.empty();
            }
            JsonNode list = JSON.readTree(response.body()).path("taskmanagers");
            return OptionalInt.of(list.size());
        } catch (IOException e) {
            return OptionalInt.empty(); // not listening yet, or restarting
        }
    }
}
