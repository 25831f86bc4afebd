package dev.fsbench.spark;

import dev.fsbench.api.WorkloadSpec;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The workload's {@code spark.*} engine properties, validated, with this project's defaults.
 *
 * <p>A few keys are this project's own shorthands (trigger and batch interval, state store, serializer by
 * name); every other {@code spark.*} key is a real Spark setting and goes to {@code SparkConf} unchanged,
 * so a Spark user can set anything they would put in {@code spark-defaults.conf}.
 */
public final class SparkKnobs {

    public static final String MASTER = "spark.master";
    public static final String TRIGGER_INTERVAL_MS = "spark.triggerIntervalMs";
    public static final String BATCH_INTERVAL_MS = "spark.batchIntervalMs";
    public static final String STATE_STORE = "spark.stateStore";
    public static final String SERIALIZER = "spark.serializer";
    public static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

    public static final String HDFS_STATE_STORE_PROVIDER =
            "org.apache.spark.sql.execution.streaming.state.HDFSBackedStateStoreProvider";
    public static final String ROCKSDB_STATE_STORE_PROVIDER =
            "org.apache.spark.sql.execution.streaming.state.RocksDBStateStoreProvider";
    public static final String JAVA_SERIALIZER = "org.apache.spark.serializer.JavaSerializer";
    public static final String KRYO_SERIALIZER = "org.apache.spark.serializer.KryoSerializer";

    /** One second: Spark Streaming's usual smallest practical batch on a small machine. */
    static final long DEFAULT_BATCH_INTERVAL_MS = 1000;

    private static final Set<String> SHORTHANDS =
            Set.of(TRIGGER_INTERVAL_MS, BATCH_INTERVAL_MS, STATE_STORE, SERIALIZER);

    private final WorkloadSpec workload;

    public SparkKnobs(WorkloadSpec workload) {
        this.workload = workload;
        master();
        stateStoreProviderClass();
        serializerClass();
        triggerIntervalMs();
        batchIntervalMs();
    }

    /** {@code local[parallelism]} unless the workload names a master (e.g. {@code spark://host:7077}). */
    public String master() {
        String master = workload.property(MASTER, "local[" + workload.parallelism() + "]")
                .trim();
        if (!master.startsWith("local") && !master.startsWith("spark://")) {
            throw new IllegalArgumentException(MASTER + " must be local[N] or spark://host:port, got '" + master + "'");
        }
        return master;
    }

    public boolean isStandaloneCluster() {
        return master().startsWith("spark://");
    }

    /** 0 means Spark's default trigger: the next micro-batch starts as soon as the previous one ends. */
    public long triggerIntervalMs() {
        return nonNegative(TRIGGER_INTERVAL_MS, workload.longProperty(TRIGGER_INTERVAL_MS, 0));
    }

    public long batchIntervalMs() {
        long interval = workload.longProperty(BATCH_INTERVAL_MS, DEFAULT_BATCH_INTERVAL_MS);
        if (interval <= 0) {
            throw new IllegalArgumentException(BATCH_INTERVAL_MS + " must be > 0, got " + interval);
        }
        return interval;
    }

    public int shufflePartitions() {
        int partitions = workload.intProperty(SHUFFLE_PARTITIONS, workload.parallelism());
        if (partitions <= 0) {
            throw new IllegalArgumentException(SHUFFLE_PARTITIONS + " must be > 0, got " + partitions);
        }
        return partitions;
    }

    /** {@code hdfs} (Spark's default, state on the JVM heap) or {@code rocksdb} (native memory and local disk). */
    public String stateStoreProviderClass() {
        String name = workload.property(STATE_STORE, "hdfs").trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "hdfs" -> HDFS_STATE_STORE_PROVIDER;
            case "rocksdb" -> ROCKSDB_STATE_STORE_PROVIDER;
            default ->
                throw new IllegalArgumentException(
                        STATE_STORE + " must be hdfs or rocksdb, got '" + workload.property(STATE_STORE, "") + "'");
        };
    }

    /** {@code java} (Spark's default) or {@code kryo} (with class registration required); a class name is kept. */
    public String serializerClass() {
        String name = workload.property(SERIALIZER, "java").trim();
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "java" -> JAVA_SERIALIZER;
            case "kryo" -> KRYO_SERIALIZER;
            default -> {
                if (!name.contains(".")) {
                    throw new IllegalArgumentException(
                            SERIALIZER + " must be java, kryo or a class name, got '" + name + "'");
                }
                yield name;
            }
        };
    }

    public boolean usesKryo() {
        return KRYO_SERIALIZER.equals(serializerClass());
    }

    /** Every real Spark setting in the workload other than the ones this class interprets. */
    public Map<String, String> passThroughSparkConf() {
        Map<String, String> conf = new TreeMap<>();
        workload.engineProperties().forEach((key, value) -> {
            if (key.startsWith("spark.") && !SHORTHANDS.contains(key) && !MASTER.equals(key)) {
                conf.put(key, value);
            }
        });
        return conf;
    }

    private static long nonNegative(String key, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(key + " must be >= 0, got " + value);
        }
        return value;
    }
}
