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
     * About 4 minutes on 2 cores: round trips only, sorts of 100k records, one fork. Good for smoke tests and
     * for spotting large effects; most figures come out flagged noisy.
     */
    QUICK(List.of("-f", "1", "-wi", "2", "-w", "500ms", "-i", "3", "-r", "500ms"),
            List.of("FlinkSerialization\\.(roundtrip|baseline)$", "ObjectReuse\\.", "BinarySort\\."),
            List.of("SparkSerialization\\.(roundtrip|baseline)$"),
            List.of("-p", "records=100000")),
    /** Every benchmark, 3 forks x (3 warm-up + 5 measured) x 1 s: about 70 minutes on 2 cores. */
    FULL(List.of("-f", "3", "-wi", "3", "-w", "1s", "-i", "5", "-r", "1s"),
            List.of("FlinkSerialization\\.", "ObjectReuse\\.", "BinarySort\\."),
            List.of("SparkSerialization\\."),
            List.of());

    private final List<String> iterationOptions;
    private final List<String> flinkIncludes;
    private final List<String> sparkIncludes;
    private final List<String> parameterOverrides;

    MicrobenchProfile(List<String> iterationOptions, List<String> flinkIncludes, List<String> sparkIncludes,
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
