package dev.fsbench.harness.telemetry;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The collectors a workload may select with the engine property {@code jvm.gc}. */
public enum GarbageCollector {
    G1("-XX:+UseG1GC"),
    PARALLEL("-XX:+UseParallelGC"),
    ZGC("-XX:+UseZGC");

    private final String jvmFlag;

    GarbageCollector(String jvmFlag) {
        this.jvmFlag = jvmFlag;
    }

    public String jvmFlag() {
        return jvmFlag;
    }

    /** Case-insensitive: "g1", "parallel", "zgc"; anything else names the property and the accepted values. */
    public static GarbageCollector fromProperty(String value) {
        String normalized = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        for (GarbageCollector collector : values()) {
            if (collector.name().equals(normalized)) {
                return collector;
            }
        }
        throw new IllegalArgumentException("engine property " + JvmTelemetry.GC_PROPERTY + " must be one of "
                + Arrays.stream(values())
                        .map(c -> c.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))
                + ", got '" + value + "'");
    }
}
