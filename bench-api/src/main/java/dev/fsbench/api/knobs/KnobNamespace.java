package dev.fsbench.api.knobs;

import java.util.List;

/**
 * The first part of every knob's key, which names what reads it. The engine names are the harness's CLI names;
 * an empty list means every engine (the harness and the JVM settings apply to all).
 */
public enum KnobNamespace {
    FLINK("flink", "the Flink engine", List.of(Engines.FLINK)),
    SPARK(
            "spark",
            "the Spark engines",
            List.of(Engines.SPARK_STRUCTURED, Engines.SPARK_DSTREAM, Engines.SPARK4_STRUCTURED)),
    KSTREAMS("kstreams", "the Kafka Streams engine", List.of(Engines.KAFKA_STREAMS)),
    BASELINE("baseline", "the framework-free baseline engine", List.of(Engines.BASELINE)),
    JVM("jvm", "every engine's JVM, launched by the harness", List.of()),
    HARNESS("harness", "the harness, for every engine", List.of()),
    CLUSTER(
            "cluster",
            "the harness, which runs the engine in one local JVM or starts a standalone cluster for it (--cluster)",
            List.of());

    private final String prefix;
    private final String readBy;
    private final List<String> engines;

    KnobNamespace(String name, String readBy, List<String> engines) {
        this.prefix = name + ".";
        this.readBy = readBy;
        this.engines = engines;
    }

    /** "flink." and so on. */
    public String prefix() {
        return prefix;
    }

    /** Who reads the knobs of this namespace, for the reference. */
    public String readBy() {
        return readBy;
    }

    /** The engines this namespace applies to; empty = all. */
    public List<String> engines() {
        return engines;
    }

    public boolean appliesTo(String engine) {
        return engines.isEmpty() || engines.contains(engine);
    }

    /** The namespace of {@code key}, or null if it is in none. */
    public static KnobNamespace of(String key) {
        for (KnobNamespace namespace : values()) {
            if (key.startsWith(namespace.prefix)) {
                return namespace;
            }
        }
        return null;
    }
}
