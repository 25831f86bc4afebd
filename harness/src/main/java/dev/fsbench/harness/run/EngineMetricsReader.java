package dev.fsbench.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.api.EngineSession;
import dev.fsbench.harness.profile.IntakeSeries;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.SeriesPoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns the files an engine left in its work dir into result sections. Missing files give empty sections. */
final class EngineMetricsReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineMetricsReader() {}

    static EngineMetrics read(Path engineWorkDir) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, String>> tagsByKey = new LinkedHashMap<>();
        Map<String, List<SeriesPoint>> pointsByKey = new LinkedHashMap<>();
        Path file = engineWorkDir.resolve(EngineSession.METRICS_FILE);
        if (Files.exists(file)) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode point;
                    try {
                        point = JSON.readTree(line);
                    } catch (IOException e) {
                        continue; // a JVM killed mid-write leaves a torn last line
                    }
                    Map<String, String> tags = new TreeMap<>();
                    point.path("tags")
                            .fields()
                            .forEachRemaining(
                                    e -> tags.put(e.getKey(), e.getValue().asText()));
                    String name = point.path("name").asText();
                    String key = name + tags;
                    names.putIfAbsent(key, name);
                    tagsByKey.putIfAbsent(key, tags);
                    pointsByKey
                            .computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new SeriesPoint(
                                    point.path("t").asLong(),
                                    point.path("value").asDouble()));
                }
            }
        }
        List<EngineMetrics.Series> series = new ArrayList<>(names.keySet().stream()
                .map(key -> new EngineMetrics.Series(names.get(key), tagsByKey.get(key), pointsByKey.get(key)))
                .toList());
        IntakeSeries.derive(series).ifPresent(series::add);
        return new EngineMetrics(series, readJson(engineWorkDir.resolve(EngineSession.SUMMARY_FILE)));
    }

    /** An engine's JSON object (its ready info, its summary) as the result keeps it: JSON values, in its order. */
    static Map<String, JsonNode> readJson(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Map.of();
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        JSON.readTree(file.toFile()).fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue()));
        return values;
    }
}
