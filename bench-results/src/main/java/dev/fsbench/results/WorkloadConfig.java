package dev.fsbench.results;

import dev.fsbench.api.Credentials;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WorkloadSpec;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The workload's {@link WorkloadSpec} as result.json echoes it. A plain copy rather than the spec itself: the
 * spec validates on construction (and may grow stricter), while a reader must still open results written under
 * older rules or with fields missing. A test keeps the components in step with the spec's.
 *
 * @param seed the generator's key seed: the same seed gives the same words in the same order
 * @param payloadBytes padding carried by each input event (0 in results written before the setting existed)
 */
public record WorkloadConfig(
        String scenario,
        long ratePerSec,
        long durationMs,
        long warmupMs,
        Window window,
        int vocabularySize,
        KeyDistribution keyDistribution,
        double zipfExponent,
        long outOfOrdernessMs,
        int partitions,
        int parallelism,
        long seed,
        int payloadBytes,
        Map<String, String> engineProperties) {

    /** Window size and slide (equal for tumbling windows). */
    public record Window(long sizeMs, long slideMs) {}

    public WorkloadConfig {
        // sorted, so result.json and the reports list them in one order
        // a pass-through setting may be a password (flink.security.ssl.rest.keystore-password): never kept
        engineProperties = engineProperties == null
                ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(Credentials.redact(engineProperties)));
    }

    /** A config without padding (payloadBytes 0), as results before the setting existed describe it. */
    public WorkloadConfig(
            String scenario,
            long ratePerSec,
            long durationMs,
            long warmupMs,
            Window window,
            int vocabularySize,
            KeyDistribution keyDistribution,
            double zipfExponent,
            long outOfOrdernessMs,
            int partitions,
            int parallelism,
            long seed,
            Map<String, String> engineProperties) {
        this(
                scenario,
                ratePerSec,
                durationMs,
                warmupMs,
                window,
                vocabularySize,
                keyDistribution,
                zipfExponent,
                outOfOrdernessMs,
                partitions,
                parallelism,
                seed,
                0,
                engineProperties);
    }

    public static WorkloadConfig of(WorkloadSpec spec) {
        return new WorkloadConfig(
                spec.scenario(),
                spec.ratePerSec(),
                spec.durationMs(),
                spec.warmupMs(),
                new Window(spec.window().sizeMs(), spec.window().slideMs()),
                spec.vocabularySize(),
                spec.keyDistribution(),
                spec.zipfExponent(),
                spec.outOfOrdernessMs(),
                spec.partitions(),
                spec.parallelism(),
                spec.seed(),
                spec.payloadBytes(),
                spec.engineProperties());
    }
}
