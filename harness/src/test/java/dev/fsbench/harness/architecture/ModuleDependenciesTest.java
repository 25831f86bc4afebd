package dev.fsbench.harness.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one-way module picture, checked on every module's main sources: engines see only bench-api (and their
 * frameworks), bench-results sees only bench-api, reports read results but never the harness, and the harness
 * never imports an engine (it launches them by class name in their own JVMs). Maven's dependencies already keep
 * most of this; the test stops a new pom dependency from quietly bending an arrow.
 */
class ModuleDependenciesTest {

    private static final Pattern PROJECT_IMPORT =
            Pattern.compile("^import\\s+(?:static\\s+)?dev\\.fsbench\\.([a-z]+)\\.", Pattern.MULTILINE);

    /**
     * Module directory to the top-level packages under dev.fsbench its main code may import (Map.ofEntries: Map.of
     * stops at 10 entries, and every new module adds one).
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("bench-api", Set.of("api")),
            Map.entry("bench-results", Set.of("api", "results")),
            Map.entry("reports", Set.of("api", "results", "reports")),
            Map.entry("baseline-bench", Set.of("api", "baseline")),
            Map.entry("flink-bench", Set.of("api", "flink")),
            Map.entry("spark-bench", Set.of("api", "spark")),
            Map.entry("kafka-streams-bench", Set.of("api", "kstreams")),
            Map.entry("spark4-bench", Set.of("api", "spark")),
            Map.entry("serialization-bench", Set.of("api", "serialization")),
            Map.entry("serialization-bench-spark", Set.of("api", "serialization")),
            Map.entry("harness", Set.of("api", "results", "reports", "harness")));

    static Stream<String> modules() {
        return ALLOWED.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("modules")
    void mainCodeImportsOnlyAllowedModules(String module) throws IOException {
        Path moduleDir = home().resolve(module);
        assertThat(moduleDir.resolve("src/main/java")).isDirectory();
        List<String> violations = new ArrayList<>();
        // src/shared/java: sources compiled into two modules (both JMH modules; both Spark lines)
        for (String root : List.of("src/main/java", "src/shared/java")) {
            Path sources = moduleDir.resolve(root);
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                    Matcher m = PROJECT_IMPORT.matcher(read(file));
                    while (m.find()) {
                        if (!ALLOWED.get(module).contains(m.group(1))) {
                            violations.add(moduleDir.relativize(file) + " imports dev.fsbench." + m.group(1));
                        }
                    }
                });
            }
        }
        assertThat(violations)
                .as("imports across the module picture in " + module)
                .isEmpty();
    }

    @Test
    void everyModuleOfTheBuildHasItsRule() throws IOException {
        String rootPom = Files.readString(home().resolve("pom.xml"));
        List<String> declared = Pattern.compile("<module>([^<]+)</module>")
                .matcher(rootPom)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(declared).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    private static Path home() {
        return Path.of(System.getProperty("bench.home", "..")).toAbsolutePath().normalize();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
