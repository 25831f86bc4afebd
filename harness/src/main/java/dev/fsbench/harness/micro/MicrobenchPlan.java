package dev.fsbench.harness.micro;

import dev.fsbench.harness.engine.BenchHome;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which microbenchmarks to run: the profile, the benchmark jars (located, so an unbuilt jar is reported before
 * anything runs) and an optional JMH include pattern that replaces the profile's selection.
 */
public record MicrobenchPlan(MicrobenchProfile profile, Map<MicrobenchJar, Path> jarFiles, String include) {

    public MicrobenchPlan {
        jarFiles = Collections.unmodifiableMap(new LinkedHashMap<>(jarFiles)); // in the order given
    }

    /** Every name checked: throws IllegalArgumentException naming a bad profile, jar, or an unbuilt jar. */
    public static MicrobenchPlan of(String profile, List<String> jarNames, String include, BenchHome home) {
        MicrobenchProfile selected = MicrobenchProfile.byId(profile);
        List<MicrobenchJar> jars =
                jarNames.stream().map(MicrobenchPlan::jar).distinct().toList();
        Map<MicrobenchJar, Path> jarFiles = new LinkedHashMap<>();
        for (MicrobenchJar jar : jars) {
            try {
                jarFiles.put(jar, jar.locate(home));
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        return new MicrobenchPlan(selected, jarFiles, include);
    }

    private static MicrobenchJar jar(String name) {
        for (MicrobenchJar jar : MicrobenchJar.values()) {
            if (jar.label().equals(name)) {
                return jar;
            }
        }
        throw new IllegalArgumentException("unknown jar '" + name + "': expected flink or spark");
    }
}
