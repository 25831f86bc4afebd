package dev.fsbench.spark;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.KnobCatalog;
import dev.fsbench.api.knobs.SparkSettings;
import java.util.List;
import java.util.Map;

/**
 * The workload's {@code spark.*} engine properties, read through their declarations in {@link SparkSettings}
 * (which validate them), with this project's defaults.
 *
 * <p>A few keys are this project's own shorthands (trigger and batch interval, state store, serializer by
 * name); every other {@code spark.*} key is a real Spark setting and goes to {@code SparkConf} unchanged,
 * so a Spark user can set anything they would put in {@code spark-defaults.conf}.
 */
public final class SparkKnobs {

    public static final String SHUFFLE_PARTITIONS = SparkSettings.SHUFFLE_PARTITIONS.key();
    public static final String SERIALIZER = SparkSettings.SERIALIZER.key();

    public static final String HDFS_STATE_STORE_PROVIDER =
            "org.apache.spark.sql.execution.streaming.state.HDFSBackedStateStoreProvider";
    public static final String ROCKSDB_STATE_STORE_PROVIDER =
            "org.apache.spark.sql.execution.streaming.state.RocksDBStateStoreProvider";
    public static final String JAVA_SERIALIZER = "org.apache.spark.serializer.JavaSerializer";
    public static final String KRYO_SERIALIZER = "org.apache.spark.serializer.KryoSerializer";

    private final WorkloadSpec workload;

    public SparkKnobs(WorkloadSpec workload) {
        KnobCatalog.check(workload.engineProperties());
        this.workload = workload;
    }

    /** {@code local[parallelism]} unless the workload names a master (e.g. {@code spark://host:7077}). */
    public String master() {
        return SparkSettings.MASTER.getOr(workload, "local[" + workload.parallelism() + "]");
    }

    public boolean isStandaloneCluster() {
        return master().startsWith("spark://");
    }

    /** 0 means Spark's default trigger: the next micro-batch starts as soon as the previous one ends. */
    public long triggerIntervalMs() {
        return SparkSettings.TRIGGER_INTERVAL_MS.get(workload);
    }

    public long batchIntervalMs() {
        return SparkSettings.BATCH_INTERVAL_MS.get(workload);
    }

    public int shufflePartitions() {
        return SparkSettings.SHUFFLE_PARTITIONS.getOr(workload, workload.parallelism());
    }

    /** {@code hdfs} (Spark's default, state on the JVM heap) or {@code rocksdb} (native memory and local disk). */
    public String stateStoreProviderClass() {
        return SparkSettings.ROCKSDB.equals(SparkSettings.STATE_STORE.get(workload))
                ? ROCKSDB_STATE_STORE_PROVIDER
                : HDFS_STATE_STORE_PROVIDER;
    }

    /** {@code java} (Spark's default) or {@code kryo} (with class registration required); a class name is kept. */
    public String serializerClass() {
        String name = SparkSettings.SERIALIZER.get(workload);
        return switch (name) {
            case SparkSettings.JAVA -> JAVA_SERIALIZER;
            case SparkSettings.KRYO -> KRYO_SERIALIZER;
            default -> name;
        };
    }

    public boolean usesKryo() {
        return KRYO_SERIALIZER.equals(serializerClass());
    }

    /** Register the job's own classes with Kryo and require registration (only read with Kryo). */
    public boolean kryoRegistration() {
        return SparkSettings.KRYO_REGISTRATION.get(workload);
    }

    /** Two-phase counts on (word, salt) keys. */
    public boolean salted() {
        return SparkSettings.SALT.equals(SparkSettings.SKEW_MITIGATION.get(workload));
    }

    public int saltBuckets() {
        return SparkSettings.SALT_BUCKETS.get(workload);
    }

    /** Spark's own flow-control keys the catalog declares as knobs, as set in the workload (unset: Spark's default). */
    public Map<String, String> flowControlSparkConf() {
        Map<String, String> conf = new java.util.TreeMap<>();
        for (var knob : List.of(SparkSettings.BACKPRESSURE, SparkSettings.MAX_RATE_PER_PARTITION)) {
            knob.find(workload).ifPresent(value -> conf.put(knob.key(), String.valueOf(value)));
        }
        return conf;
    }

    /** The Kafka source's maxOffsetsPerTrigger; 0: none (every micro-batch takes what is there). */
    public long maxOffsetsPerTrigger() {
        return SparkSettings.MAX_OFFSETS_PER_TRIGGER.get(workload);
    }

    /** Every real Spark setting in the workload other than the ones this project declares as knobs. */
    public Map<String, String> passThroughSparkConf() {
        return KnobCatalog.passThrough(SparkSettings.CONFIGURATION, workload.engineProperties());
    }
}
