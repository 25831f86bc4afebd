package dev.fsbench.harness.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The smallest SPARK_HOME a standalone Worker can launch executors from: a directory whose {@code jars/} holds
 * links to the spark-bench module's runtime jars. A Worker builds each executor's command line from
 * {@code SPARK_HOME/jars/*}; without a SPARK_HOME it looks for a source build and every executor fails with
 * "Cannot find any build directories". SPARK_SCALA_VERSION is needed as well: without it Spark's launcher looks
 * for a {@code launcher/target/scala-*} build directory to guess the Scala version from.
 *
 * @param root         the SPARK_HOME directory
 * @param scalaVersion Scala's binary version of the linked Spark jars, e.g. 2.12
 */
public record SparkHome(Path root, String scalaVersion) {

    /** {@code spark-core_2.12-3.5.3.jar}: the Scala binary version is part of every Spark artifact's name. */
    private static final Pattern SPARK_CORE = Pattern.compile("spark-core_([0-9]+\\.[0-9]+)-.*\\.jar");

    public static final String JARS_DIR = "jars";

    /**
     * Creates {@code root/jars} with one symbolic link per jar of {@code classpath} (class directories are
     * skipped: a Worker only reads jars; the application's own classes reach executors through spark.jars).
     *
     * @throws IllegalArgumentException if the classpath holds no spark-core jar
     */
    public static SparkHome create(Path root, List<Path> classpath) throws IOException {
        String scalaVersion = scalaVersion(classpath)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no spark-core_<scala>-<version>.jar on the classpath, cannot build a SPARK_HOME from it"));
        Path jars = Files.createDirectories(root.resolve(JARS_DIR));
        for (Path entry : classpath) {
            Path link = jars.resolve(entry.getFileName());
            if (entry.getFileName().toString().endsWith(".jar") && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, entry.toAbsolutePath());
            }
        }
        return new SparkHome(root, scalaVersion);
    }

    static Optional<String> scalaVersion(List<Path> classpath) {
        for (Path entry : classpath) {
            Matcher jar = SPARK_CORE.matcher(entry.getFileName().toString());
            if (jar.matches()) {
                return Optional.of(jar.group(1));
            }
        }
        return Optional.empty();
    }

    /** The environment a Worker needs to launch executors from this home. */
    public Map<String, String> environment() {
        return Map.of("SPARK_HOME", root.toAbsolutePath().toString(), "SPARK_SCALA_VERSION", scalaVersion);
    }
}
