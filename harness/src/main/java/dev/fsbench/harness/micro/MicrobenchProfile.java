package dev.fsbench.harness.micro;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JMH options per profile. On 2 cores a single fork can be 2x off with errors over 100%, so the full profile
 * spends its time on forks (fresh JVMs: different JIT decisions and heap layouts) rather than on iterations.
 */
public enum MicrobenchProfile {
    /**
     * Under 5 minutes on 2 cores: round trips of the smallest and the richest record, object reuse, sorts of
     * 100k records, one fork. For smoke tests and large effects; most figures come out flagged noisy.
     */
    QUICK(
            List.of("-f", "1", "-wi", "2", "-w", "300ms", "-i", "3", "-r", "500ms"),
            List.of("FlinkSerialization\\.(roundtrip|baseline)$", "ObjectReuse\\.", "BinarySort\\."),
            List.of("SparkSerialization\\.(roundtrip|baseline)$"),
            List.of("-p", "records=100000", "-p", "record=word-event,rich-event")),
    /**
     * Every benchmark, 4 forks x (2 warm-up + 3 measured) x 1 s: 12 samples from 4 JVMs, about an hour on
     * 2 cores (136 benchmarks x about 25 s).
     */
    FULL(
            List.of("-f", "4", "-wi", "2", "-w", "1s", "-i", "3", "-r", "1s"),
            List.of("FlinkSerialization\\.", "ObjectReuse\\.", "BinarySort\\."),
            List.of("SparkSerialization\\."),
            List.of());

    private final List<String> iterationOptions;
    private final List<String> flinkIncludes;
    private final List<String> sparkIncludes;
    private final List<String> parameterOverrides;

    MicrobenchProfile(
            List<String> iterationOptions,
            List<String> flinkIncludes,
            List<String> sparkIncludes,
            List<String> parameterOverrides) {
        this.iterationOptions = iterationOptions;
        this.flinkIncludes = flinkIncludes;
        this.sparkIncludes = sparkIncludes;
        this.parameterOverrides = parameterOverrides;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MicrobenchProfile byId(String id) {
        for (MicrobenchProfile profile : values()) {
            if (profile.id().equals(id)) {
                return profile;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + id + "': expected quick or full");
    }

    /**
     * JMH's command line for {@code jar}: the profile's benchmarks (or only those matching {@code include}, a
     * JMH regex, when given), JSON results to {@code resultFile}, and the GC profiler for allocated bytes per op.
     */
    public List<String> jmhArguments(MicrobenchJar jar, String resultFile, String include) {
        List<String> args = new ArrayList<>();
        if (include != null) {
            args.add(include);
        } else {
            args.addAll(jar == MicrobenchJar.SPARK ? sparkIncludes : flinkIncludes);
        }
        args.addAll(iterationOptions);
        args.addAll(parameterOverrides);
        args.addAll(List.of("-prof", "gc", "-rf", "json", "-rff", resultFile));
        return args;
    }
}
