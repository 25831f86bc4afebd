package dev.fsbench.harness.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The repository checkout the harness runs from. Engine JVMs are launched from their module's build output
 * ({@code <module>/target/classes} plus {@code <module>/target/engine-classpath.txt}, written by the
 * dependency plugin at package time), so the harness never has an engine's classes on its own classpath.
 */
public record BenchHome(Path root) {

    public static BenchHome locate() {
        String configured = System.getProperty("bench.home", System.getenv("BENCH_HOME"));
        if (configured != null && !configured.isBlank()) {
            return new BenchHome(Path.of(configured).toAbsolutePath().normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("bench-api")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return new BenchHome(dir);
            }
        }
        throw new IllegalStateException(
                "cannot find the flink-spark-bench checkout: run from inside it or set -Dbench.home / BENCH_HOME");
    }

    public Path module(String name) {
        return root.resolve(name);
    }

    /** target/classes plus the module's runtime classpath; a clear error if the module is not built. */
    public List<Path> moduleClasspath(String module) {
        Path target = module(module).resolve("target");
        Path classes = target.resolve("classes");
        Path classpathFile = target.resolve("engine-classpath.txt");
        if (!Files.isDirectory(classes) || !Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException("module '" + module + "' is not built (missing "
                    + root.relativize(classpathFile) + "): run 'mvn -q package -DskipTests' in " + root);
        }
        List<Path> entries = new ArrayList<>();
        entries.add(classes);
        try {
            String content = Files.readString(classpathFile).trim();
            if (!content.isEmpty()) {
                for (String entry : content.split(java.io.File.pathSeparator)) {
                    entries.add(Path.of(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classpathFile, e);
        }
        return entries;
    }
}
