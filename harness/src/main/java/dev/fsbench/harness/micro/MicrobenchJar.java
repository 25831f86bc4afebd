package dev.fsbench.harness.micro;

import dev.fsbench.harness.engine.BenchHome;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * One JMH uber-jar and how its JVMs must be started. Two jars because Spark (Kryo 4, Scala 2.12) and Flink 2.x
 * (Kryo 5) cannot share a classpath.
 */
public enum MicrobenchJar {
    FLINK("flink", "serialization-bench", Map.of()),
    SPARK("spark", "serialization-bench-spark", Map.of("SPARK_LOCAL_IP", "127.0.0.1"));

    /** Written into each jar by Maven resource filtering: library name -> version the jar was built with. */
    static final String VERSIONS_RESOURCE = "META-INF/fsbench/library-versions.properties";
    /**
     * JVM options the jar's code needs outside JMH (Spark on Java 17: --add-opens), filtered from its pom; the
     * JMH forks get the same list from the benchmark's {@code @Fork(jvmArgsAppend)}.
     */
    static final String JVM_OPTIONS_RESOURCE = "META-INF/fsbench/jvm-options.txt";

    /** Main class in both jars that writes the deterministic serialized-size table. */
    static final String SIZES_MAIN = "dev.fsbench.serialization.codec.SerializedSizes";

    static final String JMH_MAIN = "org.openjdk.jmh.Main";

    private final String label;
    private final String module;
    private final Map<String, String> environment;

    MicrobenchJar(String label, String module, Map<String, String> environment) {
        this.label = label;
        this.module = module;
        this.environment = environment;
    }

    /** Versions of the libraries the jar was built with (empty if the jar predates the versions resource). */
    public Map<String, String> libraryVersions(Path jar) {
        Map<String, String> versions = new TreeMap<>();
        String content = readResource(jar, VERSIONS_RESOURCE);
        if (content != null) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(content));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties.stringPropertyNames().forEach(name -> versions.put(name, properties.getProperty(name)));
        }
        return versions;
    }

    private static String readResource(Path jar, String name) {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(name);
            if (entry == null) {
                return null;
            }
            try (InputStream in = file.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from " + jar, e);
        }
    }

    public String label() {
        return label;
    }

    /** The JVM options the jar declares for itself (none if it has no options resource). */
    public List<String> jvmOptions(Path jar) {
        String options = readResource(jar, JVM_OPTIONS_RESOURCE);
        if (options == null || options.isBlank()) {
            return List.of();
        }
        if (options.contains("${")) {
            throw new IllegalStateException(
                    jar + " holds an unfiltered " + JVM_OPTIONS_RESOURCE + ": rebuild " + module);
        }
        return List.of(options.trim().split("\\s+"));
    }

    public Map<String, String> environment() {
        return environment;
    }

    public String jmhResultFile() {
        return "jmh-" + label + ".json";
    }

    public String sizesFile() {
        return "sizes-" + label + ".json";
    }

    /** The built jar, or a message saying how to build it. */
    public Path locate(BenchHome home) {
        Path jar = home.module(module).resolve("target").resolve("benchmarks.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("missing " + home.root().relativize(jar) + ": build it with 'mvn -q -pl "
                    + module + " package -DskipTests' in " + home.root());
        }
        return jar;
    }
}
