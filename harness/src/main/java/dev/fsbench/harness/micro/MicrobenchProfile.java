package dev.fsbench.harness.micro;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JMH options per profile. On 2 cores a single fork can be 2x off with errors over 100%, so both profiles spend
 * their time on forks (fresh JVMs: different JIT decisions and heap layouts) rather than on long iterations.
 */
public enum MicrobenchProfile {
    /**
     * What the suite runs, under 4 minutes on 2 cores: only the round trips the claims need, on the workload's own
     * record (word-event), 3 forks x (7 x 500 ms warm-up + 15 x 150 ms measured) each. Object reuse and sorts stay
     * in the full profile. JIT on 2 cores needs 2-3 s before a serializer's time settles, and many short
     * iterations give a smaller Student-t factor for the same time. The Flink jar's serializer list is explicit;
     * the Spark jar runs all of its serializers, since JMH applies a {@code -p} to every benchmark with that
     * parameter (per-record and stream states share the name).
     */
    QUICK(
            List.of("-f", "3", "-wi", "7", "-w", "500ms", "-i", "15", "-r", "150ms"),
            new Selection(
                    List.of("FlinkSerialization\\.roundtrip$"),
                    List.of(
                            "-p",
                            "serializer=kryo-registered,kryo-unregistered,flink-pojo,flink-tuple,flink-kryo-unregistered",
                            "-p",
                            "record=word-event")),
            new Selection(
                    List.of("SparkSerialization\\.(roundtrip|roundtripStream)$"), List.of("-p", "record=word-event"))),
    /**
     * Every benchmark, 4 forks x (2 warm-up + 3 measured) x 1 s: 12 samples from 4 JVMs, about an hour on
     * 2 cores (about 140 benchmarks x 25 s).
     */
    FULL(
            List.of("-f", "4", "-wi", "2", "-w", "1s", "-i", "3", "-r", "1s"),
            new Selection(List.of("FlinkSerialization\\.", "ObjectReuse\\.", "BinarySort\\."), List.of()),
            new Selection(List.of("SparkSerialization\\."), List.of()));

    /** A jar's benchmarks: JMH include regexes and parameter overrides ({@code -p name=values}). */
    private record Selection(List<String> includes, List<String> parameters) {}

    private final List<String> iterationOptions;
    private final Selection flink;
    private final Selection spark;

    MicrobenchProfile(List<String> iterationOptions, Selection flink, Selection spark) {
        this.iterationOptions = iterationOptions;
        this.flink = flink;
        this.spark = spark;
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
     * JMH's command line for {@code jar}: the profile's benchmarks and parameters (or every parameter value of
     * the benchmarks matching {@code include}, a JMH regex, when given), JSON results to {@code resultFile}, and
     * the GC profiler for allocated bytes per op.
     */
    public List<String> jmhArguments(MicrobenchJar jar, String resultFile, String include) {
        Selection selection = jar == MicrobenchJar.SPARK ? spark : flink;
        List<String> args = new ArrayList<>();
        if (include != null) {
            args.add(include);
        } else {
            args.addAll(selection.includes());
        }
        args.addAll(iterationOptions);
        if (include == null) {
            args.addAll(selection.parameters());
        }
        args.addAll(List.of("-prof", "gc", "-rf", "json", "-rff", resultFile));
        return args;
    }
}
