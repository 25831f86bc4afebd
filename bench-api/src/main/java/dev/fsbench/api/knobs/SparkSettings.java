package dev.fsbench.api.knobs;

import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import java.util.List;
import java.util.Map;

/**
 * The {@code spark.*} knobs, read by the Spark engines (spark-bench's SparkKnobs, which spark4-bench compiles too).
 * A few are this project's shorthands; every other {@code spark.*} key is a real Spark setting and goes to
 * SparkConf unchanged.
 */
public final class SparkSettings {

    /** The Structured Streaming job, on Spark 3.5 and on Spark 4: one job, so one set of knobs. */
    private static final String[] STRUCTURED_STREAMING = {Engines.SPARK_STRUCTURED, Engines.SPARK4_STRUCTURED};

    public static final Knob<String> MASTER = Knob.of(
                    "spark.master",
                    KnobType.pattern(
                            "master URL",
                            "local, local[N], local[*] or spark://host:port",
                            "local(\\[([0-9]+|\\*)(,[0-9]+)?\\])?|spark://.+"),
                    "Where the job runs; spark://host:port submits to a standalone master and ships the project's"
                            + " classes and the Kafka connector with spark.jars (CLI: --spark-master).")
            .withDerivedDefault("local[parallelism]");

    public static final Knob<Integer> SHUFFLE_PARTITIONS = Knob.of(
                    "spark.sql.shuffle.partitions",
                    KnobType.intAtLeast(1),
                    "Partitions of the aggregation state (this project's default, not Spark's 200).")
            .withDerivedDefault("parallelism")
            .readBy(STRUCTURED_STREAMING);

    public static final Knob<Long> TRIGGER_INTERVAL_MS = Knob.of(
                    "spark.triggerIntervalMs",
                    KnobType.longAtLeast(0),
                    "Structured Streaming's processing-time trigger in ms; 0 = the next micro-batch starts as soon"
                            + " as the last one ends.")
            .withDefault(0L)
            .readBy(STRUCTURED_STREAMING);

    public static final Knob<Boolean> RESUME_FROM_CHECKPOINT = Knob.of(
                    "spark.resumeFromCheckpoint",
                    KnobType.BOOLEAN,
                    "Start from the checkpoint an earlier engine JVM of this workload left (the harness sets it when"
                            + " it restarts the engine after a kill-engine fault); off, a checkpoint directory that is"
                            + " not empty is refused.")
            .withDefault(false)
            .readBy(STRUCTURED_STREAMING);

    public static final String HDFS = "hdfs";
    public static final String ROCKSDB = "rocksdb";

    public static final Knob<String> STATE_STORE = Knob.of(
                    "spark.stateStore",
                    KnobType.choice(HDFS, ROCKSDB),
                    "The state store provider: hdfs (Spark's default, state on the JVM heap) or rocksdb (native"
                            + " memory and local disk).")
            .withDefault(HDFS)
            .readBy(STRUCTURED_STREAMING);

    public static final long DEFAULT_BATCH_INTERVAL_MS = 1000;
    /** Below this a DStream job spends its time scheduling batches: never chosen for the user. */
    public static final long SMALLEST_CHOSEN_BATCH_INTERVAL_MS = 100;

    public static final Knob<Long> BATCH_INTERVAL_MS = Knob.of(
                    "spark.batchIntervalMs",
                    KnobType.longAtLeast(1),
                    "The DStream batch interval in ms; window size and slide must be multiples of it. Unset, the"
                            + " default is used if it fits the window, else the largest divisor of both size and"
                            + " slide below it (at least " + SMALLEST_CHOSEN_BATCH_INTERVAL_MS + " ms).")
            .withDefault(DEFAULT_BATCH_INTERVAL_MS)
            .readBy(Engines.SPARK_DSTREAM);

    public static final String JAVA = "java";
    public static final String KRYO = "kryo";

    public static final Knob<String> SERIALIZER = Knob.of(
                    "spark.serializer",
                    KnobType.choiceOrClassName(JAVA, KRYO),
                    "java (Spark's default) or kryo (registration: spark.kryoRegistration); a class name is passed"
                            + " to Spark as it is.")
            .withDefault(JAVA);

    public static final Knob<Boolean> KRYO_REGISTRATION = Knob.of(
                    "spark.kryoRegistration",
                    KnobType.BOOLEAN,
                    "With spark.serializer=kryo: registers the job's own classes (spark.kryo.classesToRegister)"
                            + " and requires registration (spark.kryo.registrationRequired=true); off, nothing is"
                            + " registered beyond Spark's own and Kryo writes unregistered classes by name.")
            .withDefault(false);

    public static final String NO_MITIGATION = "none";
    public static final String SALT = "salt";

    public static final Knob<String> SKEW_MITIGATION = Knob.of(
                    "spark.skewMitigation",
                    KnobType.choice(NO_MITIGATION, SALT),
                    "salt: two-phase aggregation, counts per window on (word, salt) keys, then merged per word and"
                            + " window (both Spark APIs).")
            .withDefault(NO_MITIGATION);

    public static final Knob<Integer> SALT_BUCKETS = Knob.of(
                    "spark.saltBuckets",
                    KnobType.intAtLeast(1),
                    "Salts per word with spark.skewMitigation=salt (bench-api KeySalt: a hash of event time and"
                            + " word).")
            .withDefault(8);

    public static final Knob<Boolean> BACKPRESSURE = Knob.of(
                    "spark.streaming.backpressure.enabled",
                    KnobType.BOOLEAN,
                    "Spark Streaming's backpressure: a PID rate estimator sizes each batch's Kafka offset ranges"
                            + " from the rate the last batches were processed at (Spark's key, set on SparkConf;"
                            + " its spark.streaming.backpressure.pid.* and initialRate keys pass through;"
                            + " docs/backpressure.md).")
            .withDefault(false)
            .readBy(Engines.SPARK_DSTREAM);

    public static final Knob<Long> MAX_RATE_PER_PARTITION = Knob.of(
                    "spark.streaming.kafka.maxRatePerPartition",
                    KnobType.longAtLeast(0),
                    "The most events per second a DStream batch takes from each Kafka partition (0 = no cap);"
                            + " with backpressure on it also caps the estimator's rate (Spark's key, set on"
                            + " SparkConf).")
            .withDefault(0L)
            .readBy(Engines.SPARK_DSTREAM);

    public static final Knob<Long> MAX_OFFSETS_PER_TRIGGER = Knob.of(
                    "spark.maxOffsetsPerTrigger",
                    KnobType.longAtLeast(0),
                    "The most Kafka offsets (events) one Structured Streaming micro-batch takes, over all"
                            + " partitions (0 = no cap: each batch takes everything available); the Kafka source's"
                            + " maxOffsetsPerTrigger option.")
            .withDefault(0L)
            .readBy(STRUCTURED_STREAMING);

    public static final List<Knob<?>> KNOBS = List.of(
            MASTER,
            SHUFFLE_PARTITIONS,
            TRIGGER_INTERVAL_MS,
            RESUME_FROM_CHECKPOINT,
            STATE_STORE,
            BATCH_INTERVAL_MS,
            SERIALIZER,
            KRYO_REGISTRATION,
            SKEW_MITIGATION,
            SALT_BUCKETS,
            BACKPRESSURE,
            MAX_RATE_PER_PARTITION,
            MAX_OFFSETS_PER_TRIGGER);

    public static final PassThrough CONFIGURATION = new PassThrough(
            KnobNamespace.SPARK,
            "spark.",
            false,
            false,
            "Any other spark.* key is a Spark setting and goes to SparkConf unchanged (e.g."
                    + " spark.executor.memory=2g), after the knobs above; it is checked against Spark's registry"
                    + " of settings before the run starts.",
            Map.of(
                    "spark.sql.streaming.stateStore.providerClass", STATE_STORE.key(),
                    "spark.kryo.classesToRegister", KRYO_REGISTRATION.key(),
                    "spark.kryo.registrationRequired", KRYO_REGISTRATION.key()),
            BindSettings.SPARK_LOOPBACK_KEYS);

    public static final KnobRule DSTREAM_WINDOWS_ARE_WHOLE_BATCHES = new KnobRule(
            "spark-dstream: window size and slide must be multiples of " + BATCH_INTERVAL_MS.key()
                    + " (DStream windows are made of batches).",
            List.of(Engines.SPARK_DSTREAM),
            SparkSettings::wholeBatches);

    public static final List<KnobRule> RULES = List.of(DSTREAM_WINDOWS_ARE_WHOLE_BATCHES);

    private SparkSettings() {}

    private static KnobRule.Outcome wholeBatches(WorkloadSpec workload) {
        WindowSpec window = workload.window();
        long batch = BATCH_INTERVAL_MS.get(workload);
        if (fits(window, batch)) {
            return KnobRule.satisfied();
        }
        String shape = "window size " + window.sizeMs() + " ms and slide " + window.slideMs() + " ms";
        long common = gcd(window.sizeMs(), window.slideMs());
        if (BATCH_INTERVAL_MS.isSet(workload)) {
            return new KnobRule.Violated("DStream windows must be multiples of the batch interval: " + shape
                    + " are not multiples of " + BATCH_INTERVAL_MS.key() + "=" + batch + " (a divisor of " + common
                    + " ms would fit)");
        }
        long chosen = largestDivisorAtMost(common, DEFAULT_BATCH_INTERVAL_MS);
        if (chosen < SMALLEST_CHOSEN_BATCH_INTERVAL_MS) {
            return new KnobRule.Violated("DStream windows must be multiples of the batch interval: " + shape
                    + " share no batch interval from " + SMALLEST_CHOSEN_BATCH_INTERVAL_MS + " to "
                    + DEFAULT_BATCH_INTERVAL_MS + " ms; set " + BATCH_INTERVAL_MS.key() + " to a divisor of " + common
                    + " ms, or change the window");
        }
        return new KnobRule.Settled(
                BATCH_INTERVAL_MS.key(),
                Long.toString(chosen),
                "spark-dstream: " + shape + " are not multiples of the default batch interval ("
                        + DEFAULT_BATCH_INTERVAL_MS + " ms): using " + BATCH_INTERVAL_MS.key() + "=" + chosen);
    }

    private static boolean fits(WindowSpec window, long batchMs) {
        return window.sizeMs() % batchMs == 0 && window.slideMs() % batchMs == 0;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static long largestDivisorAtMost(long n, long limit) {
        for (long d = Math.min(n, limit); d > 1; d--) {
            if (n % d == 0) {
                return d;
            }
        }
        return 1;
    }
}
