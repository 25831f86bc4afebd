package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.SparkEngineDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkHomeTest {

    @TempDir
    Path dir;

    /** The real spark-bench classpath, as a worker's SPARK_HOME is built from it. */
    @Test
    void linksEverySparkBenchJarAndNamesItsScalaVersion() throws Exception {
        List<Path> classpath = SparkEngineDriver.sparkClasspath(BenchHome.locate());

        SparkHome home = SparkHome.create(dir.resolve("spark-home"), classpath);

        Path jars = dir.resolve("spark-home").resolve(SparkHome.JARS_DIR);
        long jarsOnClasspath = classpath.stream()
                .filter(p -> p.getFileName().toString().endsWith(".jar"))
                .count();
        try (Stream<Path> links = Files.list(jars)) {
            List<Path> linked = links.toList();
            assertThat(linked).hasSize((int) jarsOnClasspath).allMatch(Files::isSymbolicLink);
            assertThat(linked).allMatch(Files::isRegularFile); // every link resolves
            assertThat(linked).anyMatch(p -> p.getFileName().toString().startsWith("spark-core_2.12-"));
        }
        assertThat(home.scalaVersion()).isEqualTo("2.12");
        assertThat(home.environment())
                .containsEntry(
                        "SPARK_HOME", dir.resolve("spark-home").toAbsolutePath().toString())
                .containsEntry("SPARK_SCALA_VERSION", "2.12");
    }

    @Test
    void aClasspathWithoutSparkIsRefused() {
        assertThatThrownBy(() -> SparkHome.create(dir, List.of(Path.of("/x/kafka-clients-3.4.1.jar"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spark-core");
    }
}
