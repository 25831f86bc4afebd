package dev.fsbench.harness.scenario;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the WorkloadSpec from defaults, then a scenario file, then CLI flags (later wins). The defaults are a
 * modest load every engine sustains on a 2-core machine, so a bare `bench run` is a meaningful smoke run.
 */
public final class WorkloadDefaults {

    public static final long RATE = 10_000;
    public static final String DURATION = "30s";
    public static final String WARMUP = "10s";
    public static final String WINDOW = "1s";
    public static final int VOCABULARY = 1_000;
    public static final String OUT_OF_ORDERNESS = "200ms";
    public static final int PARTITIONS = 2;
    public static final int PARALLELISM = 2;
    public static final long SEED = 42;
    public static final double ZIPF_EXPONENT = 1.0;
    public static final int PAYLOAD_BYTES = 0;

    private WorkloadDefaults() {}

    /** Scenario values overridden by non-null values of {@code overrides} (the CLI's flags). */
    public static Scenario merge(Scenario base, Scenario overrides) {
        Map<String, String> props = new LinkedHashMap<>();
        if (base.engineProperties() != null) {
            props.putAll(base.engineProperties());
        }
        putFaults(props, base.faults());
        if (overrides.engineProperties() != null) {
            props.putAll(overrides.engineProperties());
        }
        putFaults(props, overrides.faults());
        Scenario.WindowText window = base.window();
        if (overrides.window() != null) {
            window = new Scenario.WindowText(
                    pick(overrides.window().size(), window == null ? null : window.size()),
                    pick(overrides.window().slide(), window == null ? null : window.slide()));
        }
        return new Scenario(
                pick(overrides.name(), base.name()),
                pick(overrides.description(), base.description()),
                pick(overrides.engines(), base.engines()),
                pick(overrides.rate(), base.rate()),
                pick(overrides.duration(), base.duration()),
                pick(overrides.warmup(), base.warmup()),
                window,
                pick(overrides.vocabulary(), base.vocabulary()),
                pick(overrides.distribution(), base.distribution()),
                pick(overrides.zipfExponent(), base.zipfExponent()),
                pick(overrides.outOfOrderness(), base.outOfOrderness()),
                pick(overrides.partitions(), base.partitions()),
                pick(overrides.parallelism(), base.parallelism()),
                pick(overrides.seed(), base.seed()),
                pick(overrides.payloadBytes(), base.payloadBytes()),
                pick(overrides.repeat(), base.repeat()),
                props,
                pick(overrides.capacity(), base.capacity()),
                null,
                pick(overrides.rateProfile(), base.rateProfile()));
    }

    /** A scenario's {@code faults:} become the knob every command reads them from, harness.faults. */
    private static void putFaults(Map<String, String> props, List<Scenario.FaultText> faults) {
        if (faults != null && !faults.isEmpty()) {
            props.put(
                    HarnessSettings.FAULTS.key(),
                    faults.stream().map(Scenario.FaultText::text).collect(Collectors.joining(",")));
        }
    }

    public static WorkloadSpec toSpec(Scenario s, String defaultName) {
        long sizeMs = DurationText.toMillis(
                "window size",
                s.window() == null || s.window().size() == null
                        ? WINDOW
                        : s.window().size());
        long slideMs = s.window() == null || s.window().slide() == null
                ? sizeMs
                : DurationText.toMillis("window slide", s.window().slide());
        requireWholeSlides(sizeMs, slideMs);
        Map<String, String> props = RateProfileSetting.apply(
                s.rateProfileOrNull(), s.engineProperties(), s.rate() != null ? s.rate() : RATE);
        Long profileMs = RateProfileSetting.durationMs(props);
        if (profileMs != null && s.duration() != null && DurationText.toMillis("duration", s.duration()) != profileMs) {
            throw new IllegalArgumentException("duration " + s.duration() + " differs from the rate profile's "
                    + profileMs + " ms: the measured phase is the profile; leave duration out");
        }
        return new WorkloadSpec(
                ScenarioName.check(s.name() != null ? s.name() : defaultName, "workload"),
                s.rate() != null ? s.rate() : RATE,
                profileMs != null ? profileMs : DurationText.toMillis("duration", pick(s.duration(), DURATION)),
                DurationText.toMillis("warmup", pick(s.warmup(), WARMUP)),
                new WindowSpec(sizeMs, slideMs),
                s.vocabulary() != null ? s.vocabulary() : VOCABULARY,
                s.distribution() != null ? KeyDistribution.parse(s.distribution()) : KeyDistribution.UNIFORM,
                s.zipfExponent() != null ? s.zipfExponent() : ZIPF_EXPONENT,
                DurationText.toMillis("out-of-orderness", pick(s.outOfOrderness(), OUT_OF_ORDERNESS)),
                s.partitions() != null ? s.partitions() : PARTITIONS,
                s.parallelism() != null ? s.parallelism() : PARALLELISM,
                s.seed() != null ? s.seed() : SEED,
                s.payloadBytes() != null ? s.payloadBytes() : PAYLOAD_BYTES,
                props);
    }

    /**
     * A window size that is not a multiple of its slide gives windows of different event counts per event (some
     * events in n windows, some in n+1), which DStreams cannot express and the memberships-per-event figures
     * assume away: rejected before anything starts.
     */
    private static void requireWholeSlides(long sizeMs, long slideMs) {
        if (slideMs > 0 && slideMs <= sizeMs && sizeMs % slideMs != 0) {
            throw new IllegalArgumentException("window size (" + sizeMs + " ms) must be a multiple of the window"
                    + " slide (" + slideMs + " ms): e.g. " + (sizeMs / slideMs) * slideMs + " ms or "
                    + (sizeMs / slideMs + 1) * slideMs + " ms");
        }
    }

    public static List<String> engines(Scenario s) {
        return s.engines() == null || s.engines().isEmpty() ? List.of("baseline") : s.engines();
    }

    public static int repeat(Scenario s) {
        int repeat = s.repeat() == null ? 1 : s.repeat();
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be >= 1, got " + repeat);
        }
        return repeat;
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
