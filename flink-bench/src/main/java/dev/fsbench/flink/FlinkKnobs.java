package dev.fsbench.flink;

import dev.fsbench.api.WorkloadSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExecutionOptions;
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
 * @param restAddress          host:port of a remote session cluster, empty for the local MiniCluster
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
        Optional<String> restAddress) {

    public static final String DELIVERY_GUARANTEE = "flink.deliveryGuarantee";
    public static final String CHECKPOINT_INTERVAL_MS = "flink.checkpointIntervalMs";
    public static final String STATE_BACKEND = "flink.stateBackend";
    public static final String OBJECT_REUSE = "flink.objectReuse";
    public static final String RECORD_TYPE = "flink.recordType";
    public static final String NETWORK_MEMORY = "flink.networkMemory";
    public static final String MANAGED_MEMORY = "flink.managedMemory";
    public static final String IDLENESS_MS = "flink.idlenessMs";
    public static final String WATERMARK_INTERVAL_MS = "flink.watermarkIntervalMs";
    public static final String BUFFER_TIMEOUT_MS = "flink.bufferTimeoutMs";
    public static final String REST = "flink.rest";

    /** A common production interval: frequent enough to bound replay, rare enough not to dominate latency. */
    static final long DEFAULT_CHECKPOINT_INTERVAL_MS = 10_000;
    /** A partition without events for this long stops holding back the watermark. */
    static final long DEFAULT_IDLENESS_MS = 5_000;
    /** Flink's defaults: both bound how long a window result waits after its window closed. */
    static final long DEFAULT_WATERMARK_INTERVAL_MS = 200;

    static final long DEFAULT_BUFFER_TIMEOUT_MS = 100;

    public FlinkKnobs {
        if (parallelism <= 0) {
            throw new IllegalArgumentException("parallelism must be > 0, got " + parallelism);
        }
        if (checkpointIntervalMs < 0) {
            throw new IllegalArgumentException(
                    CHECKPOINT_INTERVAL_MS + " must be >= 0 (0 = off), got " + checkpointIntervalMs);
        }
        if (deliveryGuarantee == DeliveryGuarantee.EXACTLY_ONCE && checkpointIntervalMs == 0) {
            throw new IllegalArgumentException(DELIVERY_GUARANTEE + "=exactly-once commits Kafka transactions on "
                    + "checkpoints: set " + CHECKPOINT_INTERVAL_MS + " > 0");
        }
        if (!stateBackend.equals("hashmap") && !stateBackend.equals("rocksdb")) {
            throw new IllegalArgumentException(
                    STATE_BACKEND + " must be hashmap or rocksdb, got '" + stateBackend + "'");
        }
        if (idlenessMs <= 0) {
            throw new IllegalArgumentException(IDLENESS_MS + " must be > 0, got " + idlenessMs);
        }
        if (watermarkIntervalMs <= 0) {
            throw new IllegalArgumentException(WATERMARK_INTERVAL_MS + " must be > 0, got " + watermarkIntervalMs);
        }
        if (bufferTimeoutMs < 0) {
            throw new IllegalArgumentException(
                    BUFFER_TIMEOUT_MS + " must be >= 0 (0 = flush every record), got " + bufferTimeoutMs);
        }
        restAddress.ifPresent(FlinkKnobs::hostAndPort);
    }

    public static FlinkKnobs from(WorkloadSpec workload) {
        return new FlinkKnobs(
                workload.parallelism(),
                parseGuarantee(workload.property(DELIVERY_GUARANTEE, "at-least-once")),
                workload.longProperty(CHECKPOINT_INTERVAL_MS, DEFAULT_CHECKPOINT_INTERVAL_MS),
                workload.property(STATE_BACKEND, "hashmap").trim().toLowerCase(Locale.ROOT),
                workload.booleanProperty(OBJECT_REUSE, false),
                RecordType.parse(workload.property(RECORD_TYPE, "pojo")),
                memorySize(workload, NETWORK_MEMORY),
                memorySize(workload, MANAGED_MEMORY),
                workload.longProperty(IDLENESS_MS, DEFAULT_IDLENESS_MS),
                workload.longProperty(WATERMARK_INTERVAL_MS, DEFAULT_WATERMARK_INTERVAL_MS),
                workload.longProperty(BUFFER_TIMEOUT_MS, DEFAULT_BUFFER_TIMEOUT_MS),
                Optional.ofNullable(workload.engineProperties().get(REST))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty()));
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
        }
        networkMemory.ifPresent(size -> {
            config.set(TaskManagerOptions.NETWORK_MEMORY_MIN, size);
            config.set(TaskManagerOptions.NETWORK_MEMORY_MAX, size);
        });
        managedMemory.ifPresent(size -> config.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, size));
    }

    /** Barrier alignment only buys something when the sink is transactional. */
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
                DELIVERY_GUARANTEE,
                deliveryGuarantee == DeliveryGuarantee.EXACTLY_ONCE ? "exactly-once" : "at-least-once");
        knobs.put(CHECKPOINT_INTERVAL_MS, checkpointIntervalMs);
        knobs.put(STATE_BACKEND, stateBackend);
        knobs.put(OBJECT_REUSE, objectReuse);
        knobs.put(RECORD_TYPE, recordType.label());
        knobs.put(
                NETWORK_MEMORY,
                networkMemory.map(MemorySize::toHumanReadableString).orElse("flink default"));
        knobs.put(
                MANAGED_MEMORY,
                managedMemory.map(MemorySize::toHumanReadableString).orElse("flink default"));
        knobs.put(IDLENESS_MS, idlenessMs);
        knobs.put(WATERMARK_INTERVAL_MS, watermarkIntervalMs);
        knobs.put(BUFFER_TIMEOUT_MS, bufferTimeoutMs);
        knobs.put(REST, restAddress.orElse("local MiniCluster"));
        return knobs;
    }

    /** Knobs a session cluster does not take from a job: its TaskManagers were sized when they started. */
    public List<String> ignoredOnSessionCluster() {
        List<String> ignored = new ArrayList<>();
        networkMemory.ifPresent(size -> ignored.add(NETWORK_MEMORY));
        managedMemory.ifPresent(size -> ignored.add(MANAGED_MEMORY));
        return ignored;
    }

    static String[] hostAndPort(String address) {
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1) {
            throw new IllegalArgumentException(REST + " must be host:port, got '" + address + "'");
        }
        try {
            int port = Integer.parseInt(address.substring(colon + 1));
            if (port <= 0 || port > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    REST + " must be host:port with a port in 1..65535, got '" + address + "'");
        }
        return new String[] {address.substring(0, colon), address.substring(colon + 1)};
    }

    private static DeliveryGuarantee parseGuarantee(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "at-least-once" -> DeliveryGuarantee.AT_LEAST_ONCE;
            case "exactly-once" -> DeliveryGuarantee.EXACTLY_ONCE;
            default ->
                throw new IllegalArgumentException(
                        DELIVERY_GUARANTEE + " must be at-least-once or exactly-once, got '" + text + "'");
        };
    }

    private static Optional<MemorySize> memorySize(WorkloadSpec workload, String key) {
        String value = workload.engineProperties().get(key);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MemorySize.parse(value.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be a memory size such as 64mb or 1gb, got '" + value + "'");
        }
    }
}
