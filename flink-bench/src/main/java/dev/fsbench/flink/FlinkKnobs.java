package dev.fsbench.flink;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.Engines;
import dev.fsbench.api.knobs.FlinkSettings;
import dev.fsbench.api.knobs.KnobCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.core.execution.CheckpointingMode;

/**
 * The Flink tuning knobs of one run, parsed and validated from the workload's {@code flink.*} engine
 * properties, and applied to a Flink {@link Configuration}. Unset memory sizes keep Flink's own defaults.
 *
 * @param checkpointIntervalMs 0 disables periodic checkpoints (allowed only with at-least-once delivery)
 * @param kryoRegistration     register the job's record classes with Kryo
 * @param windowJob            the knobs that shape the job graph (probe, result reuse, skew mitigation)
 * @param restAddress          host:port of a remote session cluster, empty for the local MiniCluster
 * @param engineSettings       Flink configuration keys given directly ({@code flink.<flink key>}), set last
 */
public record FlinkKnobs(
        int parallelism,
        DeliveryGuarantee deliveryGuarantee,
        long checkpointIntervalMs,
        String stateBackend,
        boolean objectReuse,
        RecordType recordType,
        Optional<MemorySize> networkMemory,
        Optional<MemorySize> managedMemory,
        long idlenessMs,
        long watermarkIntervalMs,
        long bufferTimeoutMs,
        boolean kryoRegistration,
        WindowJobOptions windowJob,
        Optional<String> restAddress,
        Map<String, String> engineSettings) {

    /**
     * The job's own classes Kryo can meet: the event POJO, which {@code flink.recordType=kryo} sends through Kryo.
     * (Tuples, Strings and Longs have Flink serializers of their own, and the results are POJOs.)
     */
    static final List<Class<?>> KRYO_REGISTERED_CLASSES = List.of(WordEventPojo.class);

    public FlinkKnobs {
        if (parallelism <= 0) {
            throw new IllegalArgumentException("parallelism must be > 0, got " + parallelism);
        }
        engineSettings = Map.copyOf(engineSettings);
    }

    /**
     * The workload's {@code flink.*} settings through their declarations in {@link FlinkSettings}, which also
     * validate them (the harness has checked them already when it planned the run).
     */
    public static FlinkKnobs from(WorkloadSpec workload) {
        KnobCatalog.check(workload.engineProperties());
        KnobCatalog.requireRules(Engines.FLINK, workload);
        return new FlinkKnobs(
                workload.parallelism(),
                FlinkSettings.EXACTLY_ONCE.equals(FlinkSettings.DELIVERY_GUARANTEE.get(workload))
                        ? DeliveryGuarantee.EXACTLY_ONCE
                        : DeliveryGuarantee.AT_LEAST_ONCE,
                FlinkSettings.CHECKPOINT_INTERVAL_MS.get(workload),
                FlinkSettings.STATE_BACKEND.get(workload),
                FlinkSettings.OBJECT_REUSE.get(workload),
                RecordType.parse(FlinkSettings.RECORD_TYPE.get(workload)),
                FlinkSettings.NETWORK_MEMORY.find(workload).map(MemorySize::parse),
                FlinkSettings.MANAGED_MEMORY.find(workload).map(MemorySize::parse),
                FlinkSettings.IDLENESS_MS.get(workload),
                FlinkSettings.WATERMARK_INTERVAL_MS.get(workload),
                FlinkSettings.BUFFER_TIMEOUT_MS.get(workload),
                FlinkSettings.KRYO_REGISTRATION.get(workload),
                WindowJobOptions.from(workload),
                FlinkSettings.REST.find(workload),
                KnobCatalog.passThrough(FlinkSettings.CONFIGURATION, workload.engineProperties()));
    }

    /** Everything the job sets through configuration (the pipeline's own choices live in the pipeline). */
    public void applyTo(Configuration config) {
        config.set(CoreOptions.DEFAULT_PARALLELISM, parallelism);
        config.set(PipelineOptions.OBJECT_REUSE, objectReuse);
        config.set(StateBackendOptions.STATE_BACKEND, stateBackend);
        config.set(PipelineOptions.AUTO_WATERMARK_INTERVAL, Duration.ofMillis(watermarkIntervalMs));
        config.set(ExecutionOptions.BUFFER_TIMEOUT, Duration.ofMillis(bufferTimeoutMs));
        if (checkpointIntervalMs > 0) {
            config.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(checkpointIntervalMs));
            config.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, checkpointingMode());
            // what an operator who restarts a killed job sets: its last checkpoint stays on disk to resume from
            // (docs/failures.md); a job that finishes (stop-with-savepoint) still discards its checkpoints
            config.set(
                    CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                    ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        }
        networkMemory.ifPresent(size -> {
            config.set(TaskManagerOptions.NETWORK_MEMORY_MIN, size);
            config.set(TaskManagerOptions.NETWORK_MEMORY_MAX, size);
        });
        managedMemory.ifPresent(size -> config.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, size));
        config.addAll(Configuration.fromMap(engineSettings));
        if (kryoRegistration) {
            // Added to whatever serialization config a pass-through setting gave, not in place of it.
            List<String> serialization = new ArrayList<>(config.get(PipelineOptions.SERIALIZATION_CONFIG, List.of()));
            KRYO_REGISTERED_CLASSES.forEach(type -> serialization.add(type.getName() + ": {type: kryo}"));
            config.set(PipelineOptions.SERIALIZATION_CONFIG, serialization);
        }
    }

    /**
     * What Flink users configure for each guarantee: aligned barriers (EXACTLY_ONCE) with the transactional sink,
     * none (AT_LEAST_ONCE) with the at-least-once sink. Without alignment an operator with several inputs keeps
     * processing the inputs whose barrier has arrived while it waits for the others, so its snapshot holds records
     * that come after the checkpointed source offsets; after a restore they are read and counted again, and a
     * window can then carry a count larger than the true one (docs/failures.md: the verifier lets such replays
     * over-count, and only then).
     */
    public CheckpointingMode checkpointingMode() {
        return deliveryGuarantee == DeliveryGuarantee.EXACTLY_ONCE
                ? CheckpointingMode.EXACTLY_ONCE
                : CheckpointingMode.AT_LEAST_ONCE;
    }

    /** The knobs under their property names, as the result records them. */
    public Map<String, Object> describe() {
        Map<String, Object> knobs = new LinkedHashMap<>();
        knobs.put("parallelism", parallelism);
        knobs.put(
                FlinkSettings.DELIVERY_GUARANTEE.key(),
                deliveryGuarantee == DeliveryGuarantee.EXACTLY_ONCE
                        ? FlinkSettings.EXACTLY_ONCE
                        : FlinkSettings.AT_LEAST_ONCE);
        knobs.put(FlinkSettings.CHECKPOINT_INTERVAL_MS.key(), checkpointIntervalMs);
        knobs.put(FlinkSettings.STATE_BACKEND.key(), stateBackend);
        knobs.put(FlinkSettings.OBJECT_REUSE.key(), objectReuse);
        knobs.put(FlinkSettings.RECORD_TYPE.key(), recordType.label());
        knobs.put(
                FlinkSettings.NETWORK_MEMORY.key(),
                networkMemory.map(MemorySize::toHumanReadableString).orElse("flink default"));
        knobs.put(
                FlinkSettings.MANAGED_MEMORY.key(),
                managedMemory.map(MemorySize::toHumanReadableString).orElse("flink default"));
        knobs.put(FlinkSettings.IDLENESS_MS.key(), idlenessMs);
        knobs.put(FlinkSettings.WATERMARK_INTERVAL_MS.key(), watermarkIntervalMs);
        knobs.put(FlinkSettings.BUFFER_TIMEOUT_MS.key(), bufferTimeoutMs);
        knobs.put(FlinkSettings.KRYO_REGISTRATION.key(), kryoRegistration);
        knobs.put(FlinkSettings.WINDOW_PROBE.key(), windowJob.windowProbe());
        knobs.put(FlinkSettings.REUSE_RESULT_OBJECT.key(), windowJob.reuseResultObject());
        knobs.put(
                FlinkSettings.SKEW_MITIGATION.key(), windowJob.skewMitigation().label());
        knobs.put(FlinkSettings.SALT_BUCKETS.key(), windowJob.saltBuckets());
        knobs.put(FlinkSettings.REST.key(), restAddress.orElse("local MiniCluster"));
        engineSettings.forEach((key, value) -> knobs.put(FlinkSettings.CONFIGURATION.knobKey(key), value));
        return knobs;
    }

    /** Knobs a session cluster does not take from a job: its TaskManagers were sized when they started. */
    public List<String> ignoredOnSessionCluster() {
        List<String> ignored = new ArrayList<>();
        networkMemory.ifPresent(size -> ignored.add(FlinkSettings.NETWORK_MEMORY.key()));
        managedMemory.ifPresent(size -> ignored.add(FlinkSettings.MANAGED_MEMORY.key()));
        return ignored;
    }

    static String[] hostAndPort(String address) {
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1) {
            throw new IllegalArgumentException(FlinkSettings.REST.key() + " must be host:port, got '" + address + "'");
        }
        try {
            int port = Integer.parseInt(address.substring(colon + 1));
            if (port <= 0 || port > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    FlinkSettings.REST.key() + " must be host:port with a port in 1..65535, got '" + address + "'");
        }
        return new String[] {address.substring(0, colon), address.substring(colon + 1)};
    }
}
