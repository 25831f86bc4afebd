package dev.fsbench.api.knobs;

import dev.fsbench.api.WorkloadSpec;
import java.util.List;
import java.util.Map;

/** The {@code flink.*} knobs, read by the Flink engine (flink-bench's FlinkKnobs). */
public final class FlinkSettings {

    public static final String AT_LEAST_ONCE = "at-least-once";
    public static final String EXACTLY_ONCE = "exactly-once";

    public static final Knob<String> DELIVERY_GUARANTEE = Knob.of(
                    "flink.deliveryGuarantee",
                    KnobType.choice(AT_LEAST_ONCE, EXACTLY_ONCE),
                    "The KafkaSink's guarantee; exactly-once writes in Kafka transactions (id prefix"
                            + " fsbench-flink- and the run id) committed on checkpoints.")
            .withDefault(AT_LEAST_ONCE);

    public static final Knob<Long> CHECKPOINT_INTERVAL_MS = Knob.of(
                    "flink.checkpointIntervalMs",
                    KnobType.longAtLeast(0),
                    "execution.checkpointing.interval in ms, 0 = no checkpoints (at-least-once only); barriers are"
                            + " aligned (EXACTLY_ONCE mode) only with the exactly-once sink.")
            .withDefault(10_000L);

    public static final Knob<String> STATE_BACKEND = Knob.of(
                    "flink.stateBackend",
                    KnobType.choice("hashmap", "rocksdb"),
                    "state.backend.type: window state on the JVM heap (hashmap) or in RocksDB (off-heap).")
            .withDefault("hashmap");

    public static final Knob<Boolean> OBJECT_REUSE = Knob.of(
                    "flink.objectReuse",
                    KnobType.BOOLEAN,
                    "pipeline.object-reuse; off, chained operators deep-copy each record.")
            .withDefault(false);

    public static final Knob<String> RECORD_TYPE = Knob.of(
                    "flink.recordType",
                    KnobType.choice("pojo", "tuple", "kryo"),
                    "The in-flight event type: PojoSerializer, TupleSerializer, or the same POJO forced to the"
                            + " generic KryoSerializer.")
            .withDefault("pojo");

    public static final Knob<String> NETWORK_MEMORY = Knob.of(
                    "flink.networkMemory",
                    KnobType.MEMORY_SIZE,
                    "taskmanager.memory.network.min and .max (the local MiniCluster and --cluster standalone's"
                            + " TaskManagers; not an existing session cluster's, sized when they started).")
            .withDerivedDefault("Flink's default");

    public static final Knob<String> MANAGED_MEMORY = Knob.of(
                    "flink.managedMemory",
                    KnobType.MEMORY_SIZE,
                    "taskmanager.memory.managed.size, which RocksDB uses (the local MiniCluster and --cluster"
                            + " standalone's TaskManagers; not an existing session cluster's).")
            .withDerivedDefault("Flink's default");

    public static final Knob<Long> IDLENESS_MS = Knob.of(
                    "flink.idlenessMs",
                    KnobType.longAtLeast(1),
                    "WatermarkStrategy.withIdleness: a partition without events for this long stops holding"
                            + " back the watermark.")
            .withDefault(5_000L);

    public static final Knob<Long> WATERMARK_INTERVAL_MS = Knob.of(
                    "flink.watermarkIntervalMs",
                    KnobType.longAtLeast(1),
                    "pipeline.auto-watermark-interval (Flink's default): how often watermarks advance, so how late"
                            + " a window closes.")
            .withDefault(200L);

    public static final Knob<Long> BUFFER_TIMEOUT_MS = Knob.of(
                    "flink.bufferTimeoutMs",
                    KnobType.longAtLeast(0),
                    "execution.buffer-timeout.interval (Flink's default), 0 = flush every record: the latency and"
                            + " throughput trade of network buffers.")
            .withDefault(100L);

    public static final Knob<Long> PARTITION_DISCOVERY_MS = Knob.of(
                    "flink.partitionDiscoveryMs",
                    KnobType.longAtLeast(0),
                    "The Kafka source's partition.discovery.interval.ms: how often it looks for partitions added"
                            + " to the input topic, 0 = never.")
            .withDerivedDefault("the connector's 300000 (5 min)");

    public static final Knob<String> REST = Knob.of(
                    "flink.rest",
                    KnobType.HOST_PORT,
                    "REST address of a Flink session cluster to submit the job to (CLI: --flink-rest).")
            .withDerivedDefault("a local MiniCluster");

    public static final Knob<Boolean> WINDOW_PROBE = Knob.of(
                    "flink.windowProbe",
                    KnobType.BOOLEAN,
                    "The window-input-probe in front of the window operator: a Counter, Meter, Histogram and Gauge"
                            + " updated on every record (flink.custom.* metrics). Off, the engines do equal work.")
            .withDefault(false);

    public static final Knob<Boolean> REUSE_RESULT_OBJECT = Knob.of(
                    "flink.reuseResultObject",
                    KnobType.BOOLEAN,
                    "The window function fills and emits one result object per subtask instead of creating one"
                            + " per result (the Tuple2/LongValue reuse pattern).")
            .withDefault(false);

    public static final Knob<Boolean> KRYO_REGISTRATION = Knob.of(
                    "flink.kryoRegistration",
                    KnobType.BOOLEAN,
                    "Registers the job's record classes with Kryo (pipeline.serialization-config), so Kryo writes"
                            + " a class id instead of the class name; matters with flink.recordType=kryo.")
            .withDefault(false);

    public static final String NO_MITIGATION = "none";
    public static final String SALT = "salt";
    public static final String REBALANCE = "rebalance";

    public static final Knob<String> SKEW_MITIGATION = Knob.of(
                    "flink.skewMitigation",
                    KnobType.choice(NO_MITIGATION, SALT, REBALANCE),
                    "none: keyBy(word) into the windows. salt: two-phase aggregation, counts per window on (word,"
                            + " salt) keys, then merged per word and window. rebalance: rebalance(), a local"
                            + " pre-aggregation per subtask and window, then the keyed merge.")
            .withDefault(NO_MITIGATION);

    public static final Knob<Integer> SALT_BUCKETS = Knob.of(
                    "flink.saltBuckets",
                    KnobType.intAtLeast(1),
                    "Salts per word with flink.skewMitigation=salt (bench-api KeySalt: a hash of event time and"
                            + " word).")
            .withDefault(8);

    public static final List<Knob<?>> KNOBS = List.of(
            DELIVERY_GUARANTEE,
            CHECKPOINT_INTERVAL_MS,
            STATE_BACKEND,
            OBJECT_REUSE,
            RECORD_TYPE,
            NETWORK_MEMORY,
            MANAGED_MEMORY,
            IDLENESS_MS,
            WATERMARK_INTERVAL_MS,
            BUFFER_TIMEOUT_MS,
            WINDOW_PROBE,
            REUSE_RESULT_OBJECT,
            KRYO_REGISTRATION,
            SKEW_MITIGATION,
            SALT_BUCKETS,
            PARTITION_DISCOVERY_MS,
            REST);

    /** Any Flink configuration key, written with the prefix: {@code flink.taskmanager.numberOfTaskSlots=4}. */
    public static final PassThrough CONFIGURATION = new PassThrough(
            KnobNamespace.FLINK,
            "flink.",
            true,
            true,
            "Any Flink configuration key, prefixed with 'flink.' (e.g. flink.taskmanager.numberOfTaskSlots=4),"
                    + " is set on the job's Configuration after the knobs above; it is checked against the"
                    + " ConfigOptions of Flink's classpath before the run starts.",
            Map.of(
                    "parallelism.default", "--parallelism",
                    "pipeline.object-reuse", OBJECT_REUSE.key(),
                    "state.backend.type", STATE_BACKEND.key(),
                    "execution.checkpointing.interval", CHECKPOINT_INTERVAL_MS.key(),
                    "pipeline.auto-watermark-interval", WATERMARK_INTERVAL_MS.key(),
                    "execution.buffer-timeout.interval", BUFFER_TIMEOUT_MS.key(),
                    "taskmanager.memory.network.min", NETWORK_MEMORY.key(),
                    "taskmanager.memory.network.max", NETWORK_MEMORY.key(),
                    "taskmanager.memory.managed.size", MANAGED_MEMORY.key()),
            BindSettings.FLINK_LOOPBACK_KEYS);

    public static final KnobRule EXACTLY_ONCE_NEEDS_CHECKPOINTS = new KnobRule(
            DELIVERY_GUARANTEE.key() + "=" + EXACTLY_ONCE + " needs " + CHECKPOINT_INTERVAL_MS.key()
                    + " > 0: the sink commits its Kafka transactions on checkpoints.",
            List.of(Engines.FLINK),
            FlinkSettings::exactlyOnceNeedsCheckpoints);

    public static final KnobRule PROBE_NEEDS_KEYED_INPUT = new KnobRule(
            WINDOW_PROBE.key() + " is a keyed function in front of the window operator: not with "
                    + SKEW_MITIGATION.key() + "=" + REBALANCE + ", whose pre-aggregation is not keyed.",
            List.of(Engines.FLINK),
            FlinkSettings::probeNeedsKeyedInput);

    public static final List<KnobRule> RULES = List.of(EXACTLY_ONCE_NEEDS_CHECKPOINTS, PROBE_NEEDS_KEYED_INPUT);

    private FlinkSettings() {}

    private static KnobRule.Outcome exactlyOnceNeedsCheckpoints(WorkloadSpec workload) {
        if (EXACTLY_ONCE.equals(DELIVERY_GUARANTEE.get(workload)) && CHECKPOINT_INTERVAL_MS.get(workload) == 0) {
            return new KnobRule.Violated(DELIVERY_GUARANTEE.key() + "=" + EXACTLY_ONCE
                    + " commits Kafka transactions on checkpoints: set " + CHECKPOINT_INTERVAL_MS.key() + " > 0");
        }
        return KnobRule.satisfied();
    }

    private static KnobRule.Outcome probeNeedsKeyedInput(WorkloadSpec workload) {
        if (WINDOW_PROBE.get(workload) && REBALANCE.equals(SKEW_MITIGATION.get(workload))) {
            return new KnobRule.Violated(WINDOW_PROBE.key() + "=true needs a keyed window input: it cannot be used"
                    + " with " + SKEW_MITIGATION.key() + "=" + REBALANCE + " (use " + SALT + " or " + NO_MITIGATION
                    + ")");
        }
        return KnobRule.satisfied();
    }
}
