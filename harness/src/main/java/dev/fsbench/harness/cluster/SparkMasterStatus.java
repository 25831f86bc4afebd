package dev.fsbench.harness.cluster;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * What a standalone Master says about its cluster on its web UI's {@code /json} page: the workers it knows
 * (ALIVE, DEAD, ...) and the applications it runs. Only the fields the harness reads are mapped.
 *
 * @param url        the master's own URL, e.g. {@code spark://127.0.0.1:7077}
 * @param status     ALIVE once the master leads (a standalone master without HA is ALIVE at once)
 * @param workers    every worker that registered, the dead ones too
 * @param activeApps the running applications
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SparkMasterStatus(
        String url,
        String status,
        List<Worker> workers,
        @JsonProperty("activeapps") List<App> activeApps) {

    public SparkMasterStatus {
        workers = workers == null ? List.of() : List.copyOf(workers);
        activeApps = activeApps == null ? List.of() : List.copyOf(activeApps);
    }

    /**
     * One worker as the master sees it.
     *
     * @param id        e.g. {@code worker-20261201100000-127.0.0.1-40000}
     * @param port      its RPC port
     * @param state     ALIVE, DEAD, DECOMMISSIONED or UNKNOWN
     * @param cores     cores it offers
     * @param coresUsed cores its executors hold
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Worker(
            String id,
            int port,
            String state,
            int cores,
            @JsonProperty("coresused") int coresUsed) {
        public boolean alive() {
            return "ALIVE".equals(state);
        }
    }

    /**
     * One running application.
     *
     * @param id    e.g. {@code app-20261201100000-0000}
     * @param name  the application's name
     * @param cores cores its executors hold now
     * @param state e.g. RUNNING, WAITING
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record App(String id, String name, int cores, String state) {}

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static SparkMasterStatus parse(String json) throws IOException {
        return JSON.readValue(json, SparkMasterStatus.class);
    }

    /** Reads the status from {@code http://host:webUiPort/json}. */
    public static SparkMasterStatus read(URI jsonPage) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(jsonPage).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(jsonPage + " answered HTTP " + response.statusCode());
        }
        return parse(response.body());
    }

    public long aliveWorkers() {
        return workers.stream().filter(Worker::alive).count();
    }
}
