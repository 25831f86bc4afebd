package dev.fsbench.api;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One benchmark workload, identical for every engine: the generator's load, the window, the keys and the
 * engine's knobs. Immutable; validated on construction so a bad value never reaches a running JVM.
 *
 * @param scenario          name of the scenario (file name without .yaml, or "cli")
 * @param ratePerSec        scheduled input rate in events per second
 * @param durationMs        measured phase, after warm-up
 * @param warmupMs          phase excluded from latency and throughput figures (still verified)
 * @param window            window size and slide
 * @param vocabularySize    number of distinct words
 * @param keyDistribution   uniform or Zipf
 * @param zipfExponent      Zipf's s (ignored for uniform)
 * @param outOfOrdernessMs  events' event time is shifted back by up to this many ms; engines' watermarks allow it
 * @param partitions        partitions of the input and output topics
 * @param parallelism       engine parallelism (Flink parallelism, Spark local[N] cores and shuffle partitions)
 * @param seed              generator seed: same seed, same events
 * @param payloadBytes      padding each input event carries, so records can match a user's record size: the
 *                          Kafka value grows by exactly this many bytes ({@link RecordFormat}), which every engine
 *                          reads and ignores; 0 (the default) adds nothing
 * @param engineProperties  engine knobs, namespaced ("flink.objectReuse", "spark.serializer", "jvm.heap", ...), declared
 *                          and read through {@link dev.fsbench.api.knobs.KnobCatalog}
 */
public record WorkloadSpec(
        String scenario,
        long ratePerSec,
        long durationMs,
        long warmupMs,
        WindowSpec window,
        int vocabularySize,
        KeyDistribution keyDistribution,
        double zipfExponent,
        long outOfOrdernessMs,
        int partitions,
        int parallelism,
        long seed,
        int payloadBytes,
        Map<String, String> engineProperties) {

    /**
     * Largest padding accepted: a padded event must fit Kafka's default record size limit (1 MiB: the producer's
     * {@code max.request.size}, the broker's {@code message.max.bytes}).
     */
    public static final int MAX_PAYLOAD_BYTES = 1_000_000;

    public WorkloadSpec {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(keyDistribution, "keyDistribution");
        requirePositive("rate", ratePerSec);
        requirePositive("duration", durationMs);
        if (warmupMs < 0) {
            throw new IllegalArgumentException("warmup must be >= 0 ms, got " + warmupMs);
        }
        requirePositive("vocabulary", vocabularySize);
        if (keyDistribution == KeyDistribution.ZIPF && !(zipfExponent > 0)) {
            throw new IllegalArgumentException("zipf exponent must be > 0, got " + zipfExponent);
        }
        if (outOfOrdernessMs < 0) {
            throw new IllegalArgumentException("out-of-orderness must be >= 0 ms, got " + outOfOrdernessMs);
        }
        requirePositive("partitions", partitions);
        requirePositive("parallelism", parallelism);
        if (payloadBytes < 0 || payloadBytes > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("payload bytes must be between 0 and " + MAX_PAYLOAD_BYTES
                    + " (a padded event must fit Kafka's default 1 MiB record limit), got " + payloadBytes);
        }
        engineProperties = engineProperties == null ? Map.of() : Map.copyOf(new TreeMap<>(engineProperties));
    }

    /** A workload without padding (payloadBytes 0), as before the setting existed. */
    public WorkloadSpec(
            String scenario,
            long ratePerSec,
            long durationMs,
            long warmupMs,
            WindowSpec window,
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

    private static void requirePositive(String field, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0, got " + value);
        }
    }

    public WorkloadSpec withEngineProperties(Map<String, String> properties) {
        return new WorkloadSpec(
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
                payloadBytes,
                properties);
    }

    public WorkloadSpec withScenario(String newScenario) {
        return new WorkloadSpec(
                newScenario,
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
                payloadBytes,
                engineProperties);
    }

    public WorkloadSpec withRate(long newRatePerSec) {
        return new WorkloadSpec(
                scenario,
                newRatePerSec,
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
                payloadBytes,
                engineProperties);
    }

    /** The same workload with another warm-up and measured phase (e.g. a capacity ramp's steps). */
    public WorkloadSpec withPhases(long newWarmupMs, long newDurationMs) {
        return new WorkloadSpec(
                scenario,
                ratePerSec,
                newDurationMs,
                newWarmupMs,
                window,
                vocabularySize,
                keyDistribution,
                zipfExponent,
                outOfOrdernessMs,
                partitions,
                parallelism,
                seed,
                engineProperties);
    }
}
