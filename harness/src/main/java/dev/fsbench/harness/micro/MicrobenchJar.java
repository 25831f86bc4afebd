package dev.fsbench.harness.micro;

import dev.fsbench.harness.engine.BenchHome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * One JMH uber-jar and how its JVMs must be started. Two jars because Spark (Kryo 4, Scala 2.12) and Flink 2.x
 * (Kryo 5) cannot share a classpath.
 */
public enum MicrobenchJar {
    FLINK("flink", "serialization-bench", List.of(), Map.of(),
            Map.of("flink", "org.apache.flink/flink-core", "kryo", "com.esotericsoftware/kryo")),
    SPARK("spark", "serialization-bench-spark", SparkJvmOptions.JAVA_17, Map.of("SPARK_LOCAL_IP", "127.0.0.1"),
            Map.of("spark", "org.apache.spark/spark-core_2.12"));

    /** Main class in both jars that writes the deterministic serialized-size table. */
    static final String SIZES_MAIN = "dev.fsbench.serialization.codec.SerializedSizes";
    static final String JMH_MAIN = "org.openjdk.jmh.Main";

    private final String label;
    private final String module;
    private final List<String> jvmOptions;
    private final Map<String, String> environment;
    /** Name in the result's engineVersions -> groupId/artifactId whose pom.properties the shaded jar carries. */
    private final Map<String, String> libraries;

    MicrobenchJar(String label, String module, List<String> jvmOptions, Map<String, String> environment,
                  Map<String, String> libraries) {
        this.label = label;
        this.module = module;
        this.jvmOptions = jvmOptions;
        this.environment = environment;
        this.libraries = libraries;
    }

    /** Versions of the libraries actually inside the jar (not what the pom asked for). */
    public Map<String, String> libraryVersions(Path jar) {
        Map<String, String> versions = new LinkedHashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Map.Entry<String, String> library : libraries.entrySet()) {
                ZipEntry entry = file.getEntry("META-INF/maven/" + library.getValue() + "/pom.properties");
                if (entry != null) {
                    Properties properties = new Properties();
                    try (InputStream in = file.getInputStream(entry)) {
                        properties.load(in);
                    }
                    versions.put(library.getKey(), properties.getProperty("version"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
        return versions;
    }

    public String label() {
        return label;
    }

    public List<String> jvmOptions() {
        return jvmOptions;
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
