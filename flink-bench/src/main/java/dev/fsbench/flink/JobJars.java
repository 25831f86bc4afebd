package dev.fsbench.flink;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The jars a remote session cluster needs to run this job: this module's classes (packed into a jar, since
 * a cluster cannot load a classes directory) plus the user-code libraries a Flink distribution does not ship.
 */
final class JobJars {

    /** File-name prefixes of classpath jars that are user code on a cluster (flink-dist has the rest). */
    private static final List<String> USER_CODE_JARS = List.of(
            "bench-api",
            "flink-connector-kafka",
            "flink-connector-base",
            "kafka-clients",
            "zstd-jni",
            "lz4-java",
            "snappy-java");

    private JobJars() {}

    static List<Path> collect(Path workDir) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            if (Files.isDirectory(path)
                    && Files.exists(path.resolve(JobJars.class.getName().replace('.', '/') + ".class"))) {
                jars.add(packClasses(path, workDir.resolve("flink-bench-job.jar")));
            } else if (name.endsWith(".jar") && USER_CODE_JARS.stream().anyMatch(name::startsWith)) {
                jars.add(path);
            }
        }
        return jars;
    }

    private static Path packClasses(Path classesDir, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classesDir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(
                        new JarEntry(classesDir.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
