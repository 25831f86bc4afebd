package dev.fsbench.flink;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.api.MetricSink;
import dev.fsbench.api.SubtaskLoad;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Samples a running job through Flink's REST API the way a user watching the Web UI would, and turns each
 * sample into time-series points:
 * <ul>
 *   <li>the TaskManager of every running subtask ({@link SubtaskPlacement}), for the summary's placement</li>
 *   <li>{@code flink.numRecordsIn {vertex, subtask}}: per-subtask input, where key skew shows; for source
 *       vertices (whose input is not counted) {@code flink.numRecordsOut}, where partition skew shows</li>
 *   <li>{@code flink.backPressuredTimeMsPerSecond / busyTimeMsPerSecond / idleTimeMsPerSecond {vertex, subtask}}:
 *       each subtask's share of every second spent back-pressured (its output buffers full, waiting for the
 *       downstream's credit), busy and idle: where credit-based flow control holds a job back</li>
 *   <li>{@code intake.eventsTotal}: the source subtasks' {@code numRecordsOut}, summed: the events the Kafka source
 *       handed to the job, which it stops doing while it is back-pressured</li>
 *   <li>{@code flink.checkpointDurationMs}, {@code flink.checkpointSizeBytes}: once per completed checkpoint</li>
 *   <li>{@code flink.custom.*}: the job's own metrics ({@link WindowInputProbe}), summed (counts, rates) or
 *       maxed (lags) over subtasks; {@code flink.numLateRecordsDropped}: events the windows discarded</li>
 * </ul>
 */
final class RestMetricsPoller implements AutoCloseable {

    /** Also the REST metric cache's refresh interval on the local cluster: polling faster only repeats values. */
    static final long PERIOD_MS = 1_000;

    private static final String[] TIME_METRICS = {
        "backPressuredTimeMsPerSecond", "busyTimeMsPerSecond", "idleTimeMsPerSecond"
    };
    private static final String LATE_DROPPED = "numLateRecordsDropped";

    /** REST metric id suffix, aggregation over subtasks, series name. */
    private record CustomMetric(String idSuffix, String aggregation, String seriesName) {}

    private static final List<CustomMetric> CUSTOM_METRICS = List.of(
            new CustomMetric(WindowInputProbe.WORDS_IN, "sum", "flink.custom.wordsIn"),
            new CustomMetric(WindowInputProbe.WORDS_PER_SECOND, "sum", "flink.custom.wordsPerSecond"),
            new CustomMetric(WindowInputProbe.EVENT_TIME_LAG_MS + "_median", "max", "flink.custom.eventTimeLagMs.p50"),
            new CustomMetric(WindowInputProbe.EVENT_TIME_LAG_MS + "_p99", "max", "flink.custom.eventTimeLagMs.p99"),
            new CustomMetric(WindowInputProbe.EVENT_TIME_LAG_MS + "_max", "max", "flink.custom.eventTimeLagMs.max"),
            new CustomMetric(WindowInputProbe.WATERMARK_LAG_MS, "max", "flink.custom.watermarkLagMs"));

    private record Vertex(String id, String name, int parallelism) {}

    private final FlinkRestClient rest;
    private final String jobPath;
    private final MetricSink sink;
    private final Map<String, Double> latestValues = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "flink-rest-metrics-poller");
        thread.setDaemon(true);
        return thread;
    });
    private List<Vertex> vertices = List.of();
    /** Full REST ids of the custom metrics per vertex, discovered from the listing once they exist. */
    private final Map<String, Map<String, String>> metricIdsByVertex = new LinkedHashMap<>();

    /** Latest numRecordsIn per subtask of the counting vertex ({@link SubtaskLoad}). */
    private final Map<Integer, Long> countingRecordsIn = new ConcurrentHashMap<>();

    private final SubtaskPlacement placement = new SubtaskPlacement();

    private volatile String countingVertex;
    private volatile CompletedCheckpoint lastCheckpoint;
    private String lastError;

    RestMetricsPoller(FlinkRestClient rest, String jobId, MetricSink sink) {
        this.rest = rest;
        this.jobPath = "/jobs/" + jobId;
        this.sink = sink;
    }

    void start() {
        scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** The newest value of each series without tags (custom metrics, checkpoints), for the run's summary. */
    Map<String, Double> latestValues() {
        return Map.copyOf(latestValues);
    }

    /** The counting operator's input per subtask at the last poll; empty before the first. */
    Optional<SubtaskLoad> windowSubtaskLoad() {
        if (countingVertex == null || countingRecordsIn.isEmpty()) {
            return Optional.empty();
        }
        List<Long> perSubtask =
                new TreeMap<>(countingRecordsIn).values().stream().toList();
        return Optional.of(new SubtaskLoad(countingVertex, perSubtask));
    }

    /** Where the subtasks ran ({@link SubtaskPlacement}); empty before the first poll. */
    Map<String, Object> placement() {
        return placement.describe();
    }

    /** The last checkpoint completed before the last poll; empty with checkpoints off or before the first. */
    Optional<CompletedCheckpoint> lastCheckpoint() {
        return Optional.ofNullable(lastCheckpoint);
    }

    synchronized void pollOnce() throws IOException {
        if (vertices.isEmpty()) {
            vertices = readVertices();
        }
        for (Vertex vertex : vertices) {
            pollTimeMetrics(vertex);
            pollRecordCounts(vertex);
            pollCustomMetrics(vertex);
            placement.record(rest.get(jobPath + "/vertices/" + vertex.id()));
        }
        pollCheckpoints();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pollQuietly() {
        try {
            pollOnce();
            lastError = null;
        } catch (IOException | RuntimeException e) {
            // One failed sample is a gap in the series, not a failed run; say so once per distinct error.
            if (!String.valueOf(e.getMessage()).equals(lastError)) {
                lastError = String.valueOf(e.getMessage());
                System.err.println("flink-bench: REST metrics sample failed: " + lastError);
            }
        }
    }

    private List<Vertex> readVertices() throws IOException {
        List<Vertex> found = new ArrayList<>();
        for (JsonNode vertex : rest.get(jobPath).path("vertices")) {
            found.add(new Vertex(
                    vertex.path("id").asText(),
                    vertex.path("name").asText(),
                    vertex.path("parallelism").asInt()));
        }
        return found;
    }

    private void pollTimeMetrics(Vertex vertex) throws IOException {
        String ids = IntStream.range(0, vertex.parallelism())
                .boxed()
                .flatMap(i -> java.util.Arrays.stream(TIME_METRICS).map(metric -> i + "." + metric))
                .collect(Collectors.joining(","));
        for (JsonNode value : rest.get(jobPath + "/vertices/" + vertex.id() + "/metrics?get=" + ids)) {
            String id = value.path("id").asText();
            int dot = id.indexOf('.');
            emit(
                    "flink." + id.substring(dot + 1),
                    Map.of("vertex", vertex.name(), "subtask", id.substring(0, dot)),
                    value.path("value"));
        }
    }

    private void pollRecordCounts(Vertex vertex) throws IOException {
        String metric = vertex.name().startsWith("Source: ") ? "numRecordsOut" : "numRecordsIn";
        String ids = IntStream.range(0, vertex.parallelism())
                .mapToObj(i -> i + "." + metric)
                .collect(Collectors.joining(","));
        long sourceOut = 0;
        for (JsonNode value : rest.get(jobPath + "/vertices/" + vertex.id() + "/metrics?get=" + ids)) {
            String id = value.path("id").asText();
            String subtask = id.substring(0, id.indexOf('.'));
            sourceOut += value.path("value").asLong(0);
            emit("flink." + metric, Map.of("vertex", vertex.name(), "subtask", subtask), value.path("value"));
            if (WordCountPipeline.isCountingVertex(vertex.name())
                    && value.path("value").isValueNode()) {
                countingVertex = vertex.name();
                countingRecordsIn.put(
                        Integer.parseInt(subtask), value.path("value").asLong());
            }
        }
        if (metric.equals("numRecordsOut")) {
            sink.metric(MetricSink.INTAKE_EVENTS_TOTAL, Map.of(), sourceOut);
        }
    }

    private void pollCustomMetrics(Vertex vertex) throws IOException {
        Map<String, String> ids = metricIdsByVertex.get(vertex.id());
        if (ids == null) {
            ids = discoverCustomMetricIds(vertex);
            if (ids.isEmpty()) {
                return;
            }
        }
        String query = ids.values().stream()
                .map(id -> URLEncoder.encode(id, StandardCharsets.UTF_8))
                .collect(Collectors.joining(","));
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode value : rest.get(subtaskMetricsPath(vertex) + "?get=" + query + "&agg=sum,max")) {
            byId.put(value.path("id").asText(), value);
        }
        for (CustomMetric metric : CUSTOM_METRICS) {
            JsonNode value = byId.get(ids.get(metric.idSuffix()));
            if (value != null) {
                emit(metric.seriesName(), Map.of(), value.path(metric.aggregation()));
            }
        }
        JsonNode late = byId.get(ids.get(LATE_DROPPED));
        if (late != null) {
            emit("flink." + LATE_DROPPED, Map.of(), late.path("sum"));
        }
    }

    /** Metric ids carry the operator name ("window-input-probe.fsbench.wordsIn"); found by suffix, not guessed. */
    private Map<String, String> discoverCustomMetricIds(Vertex vertex) throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        for (JsonNode listed : rest.get(subtaskMetricsPath(vertex))) {
            String id = listed.path("id").asText();
            for (CustomMetric metric : CUSTOM_METRICS) {
                if (id.endsWith(WindowInputProbe.GROUP + "." + metric.idSuffix())) {
                    ids.put(metric.idSuffix(), id);
                }
            }
            if (id.endsWith(WordCountPipeline.WINDOW_NAME + "." + LATE_DROPPED)) {
                ids.put(LATE_DROPPED, id);
            }
        }
        // The gauge appears only after the first watermark: keep looking until every series is there.
        if (ids.size() == CUSTOM_METRICS.size() + 1) {
            metricIdsByVertex.put(vertex.id(), ids);
        }
        return ids;
    }

    private void pollCheckpoints() throws IOException {
        JsonNode checkpoints = rest.get(jobPath + "/checkpoints");
        JsonNode completed = checkpoints.path("latest").path("completed");
        if (completed.isMissingNode() || completed.isNull()) {
            return;
        }
        long id = completed.path("id").asLong(-1);
        if (lastCheckpoint != null && id == lastCheckpoint.id()) {
            return;
        }
        lastCheckpoint = new CompletedCheckpoint(
                id,
                completed.path("state_size").asLong(),
                completed.path("end_to_end_duration").asLong(),
                checkpoints.path("counts").path("completed").asLong());
        emit("flink.checkpointDurationMs", Map.of(), completed.path("end_to_end_duration"));
        emit("flink.checkpointSizeBytes", Map.of(), completed.path("state_size"));
    }

    private String subtaskMetricsPath(Vertex vertex) {
        return jobPath + "/vertices/" + vertex.id() + "/subtasks/metrics";
    }

    private void emit(String name, Map<String, String> tags, JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        double number = value.isNumber() ? value.asDouble() : parseOrNaN(value.asText());
        if (!Double.isFinite(number)) {
            return;
        }
        if (tags.isEmpty()) {
            latestValues.put(name, number);
        }
        sink.metric(name, tags, number);
    }

    private static double parseOrNaN(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
