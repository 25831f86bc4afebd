package dev.fsbench.spark;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * What executors of a standalone cluster need on top of the cluster's own Spark: this project's classes and
 * the Kafka connectors with their client. Shipped through {@code spark.jars}, so a master on another host works.
 */
final class SparkClusterJars {

    /** Jar file names (prefixes) that a Spark distribution does not contain. */
    private static final List<String> NOT_IN_SPARK_DISTRIBUTION = List.of(
            "bench-api",
            "spark-sql-kafka-0-10",
            "spark-streaming-kafka-0-10",
            "spark-token-provider-kafka-0-10",
            "kafka-clients",
            "commons-pool2");

    private SparkClusterJars() {}

    /** Class directories (a reactor build) are packed into jars under {@code workDir}. */
    static List<String> forExecutors(Path workDir) throws IOException {
        List<String> jars = new ArrayList<>();
        int packed = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            String name = path.getFileName().toString();
            if (Files.isDirectory(path) && (path.endsWith(Path.of("target", "classes")))) {
                jars.add(pack(path, workDir.resolve("spark-app-" + packed++ + ".jar"))
                        .toUri()
                        .toString());
            } else if (name.endsWith(".jar")
                    && NOT_IN_SPARK_DISTRIBUTION.stream().anyMatch(name::startsWith)) {
                jars.add(path.toUri().toString());
            }
        }
        return jars;
    }

    private static Path pack(Path classesDir, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out);
                Stream<Path> files = Files.walk(classesDir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                jarOut.putNextEntry(
                        new JarEntry(classesDir.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, jarOut);
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
