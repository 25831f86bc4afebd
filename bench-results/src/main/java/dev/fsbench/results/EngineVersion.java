package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.api.EngineVersionInfo;
import java.util.Map;

/**
 * The streaming library an engine ran and its version, as the engine JVM reported it (its ready info's {@code
 * engineVersion}, {@link dev.fsbench.api.EngineVersionInfo}).
 *
 * @param product e.g. "Flink", "Spark", "Kafka Streams"
 * @param version e.g. "2.2.1"
 */
public record EngineVersion(String product, String version) {

    /** What the engine reported under {@link EngineVersionInfo#KEY} in its ready info; null without both parts. */
    public static EngineVersion reportedIn(Map<String, JsonNode> engineInfo) {
        JsonNode entry = engineInfo == null ? null : engineInfo.get(EngineVersionInfo.KEY);
        if (entry == null
                || !entry.path(EngineVersionInfo.PRODUCT).isTextual()
                || !entry.path(EngineVersionInfo.VERSION).isTextual()) {
            return null;
        }
        return new EngineVersion(
                entry.get(EngineVersionInfo.PRODUCT).asText(),
                entry.get(EngineVersionInfo.VERSION).asText());
    }

    /** "Flink 2.2.1", as the report's headline shows it. */
    @JsonIgnore
    public String label() {
        return product + " " + version;
    }
}
