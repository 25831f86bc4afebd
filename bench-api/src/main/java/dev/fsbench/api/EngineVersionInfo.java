package dev.fsbench.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ready-info entry in which an engine JVM says which streaming library it runs and its version, as loaded (e.g.
 * Flink's {@code EnvironmentInformation.getVersion()}): the harness never loads an engine's classes, so the version
 * the report's headline shows ("Spark 3.5.3 vs Flink 2.2.1 vs Kafka Streams 4.2.0") comes from here. An engine that
 * runs no library of its own (the baseline) reports none.
 */
public final class EngineVersionInfo {

    /** The key in the map {@link EngineJob#start()} returns. */
    public static final String KEY = "engineVersion";

    public static final String PRODUCT = "product";
    public static final String VERSION = "version";

    private EngineVersionInfo() {}

    /** The entry's value: {@code {"product": "Flink", "version": "2.2.1"}}. */
    public static Map<String, Object> of(String product, String version) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(PRODUCT, product);
        entry.put(VERSION, version);
        return entry;
    }
}
