package dev.fsbench.harness.micro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Serialized bytes per (serializer, record), as written by the benchmark jars' SerializedSizes main. */
public record SizeTable(Map<String, Integer> bytesByKey) {

    public static SizeTable empty() {
        return new SizeTable(Map.of());
    }

    public static SizeTable read(Path file) throws IOException {
        JsonNode sizes = new ObjectMapper().readTree(file.toFile()).path("sizes");
        if (!sizes.isArray()) {
            throw new IOException("size table " + file + " has no 'sizes' array");
        }
        Map<String, Integer> bytes = new LinkedHashMap<>();
        for (JsonNode entry : sizes) {
            bytes.put(
                    key(entry.path("serializer").asText(), entry.path("record").asText()),
                    entry.path("serializedBytes").asInt());
        }
        return new SizeTable(bytes);
    }

    public SizeTable plus(SizeTable other) {
        Map<String, Integer> merged = new LinkedHashMap<>(bytesByKey);
        merged.putAll(other.bytesByKey);
        return new SizeTable(merged);
    }

    public Integer bytes(String serializer, String record) {
        return serializer == null || record == null ? null : bytesByKey.get(key(serializer, record));
    }

    /** Record kinds the table covers, in table order. */
    public Set<String> records() {
        Set<String> records = new LinkedHashSet<>();
        bytesByKey.keySet().forEach(key -> records.add(key.substring(key.indexOf('/') + 1)));
        return records;
    }

    private static String key(String serializer, String record) {
        return serializer + "/" + record;
    }
}
