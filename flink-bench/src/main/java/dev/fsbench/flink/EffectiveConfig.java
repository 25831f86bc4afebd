package dev.fsbench.flink;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configuration as the running job reports it through REST, so the result shows what Flink applied,
 * not what was asked for: execution config (parallelism, object reuse), checkpoint config (mode, interval,
 * state backend), the job's configuration keys the knobs map to, and the TaskManager's memory layout.
 */
final class EffectiveConfig {

    private static final List<String> KNOB_KEY_PREFIXES = List.of(
            "parallelism.",
            "pipeline.object-reuse",
            "pipeline.generic-types",
            "pipeline.auto-watermark-interval",
            "execution.buffer-timeout",
            "state.backend",
            "execution.checkpointing.",
            "taskmanager.memory.network.",
            "taskmanager.memory.managed.");

    private EffectiveConfig() {}

    static Map<String, Object> read(FlinkRestClient rest, String jobId, boolean localCluster) throws IOException {
        Map<String, Object> applied = new LinkedHashMap<>();
        String job = "/jobs/" + jobId;
        applied.put("executionConfig", rest.get(job + "/config").path("execution-config"));
        applied.put("checkpointConfig", rest.get(job + "/checkpoints/config"));
        applied.put("jobConfiguration", knobKeys(rest.get(job + "/jobmanager/config")));
        if (localCluster) {
            JsonNode taskManagers = rest.get("/taskmanagers").path("taskmanagers");
            if (!taskManagers.isEmpty()) {
                String id = taskManagers.get(0).path("id").asText();
                applied.put("taskManagerMemory", rest.get("/taskmanagers/" + id).path("memoryConfiguration"));
            }
        }
        return applied;
    }

    private static Map<String, String> knobKeys(JsonNode entries) {
        Map<String, String> keys = new TreeMap<>();
        for (JsonNode entry : entries) {
            String key = entry.path("key").asText();
            if (KNOB_KEY_PREFIXES.stream().anyMatch(key::startsWith)) {
                keys.put(key, entry.path("value").asText());
            }
        }
        return keys;
    }
}
