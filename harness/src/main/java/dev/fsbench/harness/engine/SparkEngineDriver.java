package dev.fsbench.harness.engine;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.BindSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Spark engines share: their module's classpath (spark-bench for Spark 3.5, spark4-bench for Spark 4),
 * the Java 17 module opens Spark needs (read from the module's build output, where its pom writes the same list
 * its own tests run with), and SPARK_LOCAL_IP on loopback, which is what keeps Spark's web UI off other interfaces.
 */
public abstract class SparkEngineDriver implements EngineDriver {

    /** Spark 3.5: both streaming APIs; also the classpath of the History Server and the standalone cluster. */
    public static final String MODULE = "spark-bench";

    static final String JVM_OPTIONS_RESOURCE = "spark-jvm-options.txt";
    private static final Pattern ARTIFACT =
            Pattern.compile("(spark-core|scala-library)(?:_[0-9.]+)?-([0-9][^/]*)\\.jar");

    /**
     * Under which keys the result's environment lists this module's Spark and Scala versions: one run can hold
     * both Spark lines, so Spark 4's carry keys of their own ({@code spark4}, {@code spark4-scala}).
     */
    protected record VersionKeys(String spark, String scala) {
        static final VersionKeys SPARK = new VersionKeys("spark", "scala");
    }

    private final String name;
    private final String mainClass;
    private final String module;
    private final VersionKeys versionKeys;

    protected SparkEngineDriver(String name, String mainClass) {
        this(name, mainClass, MODULE, VersionKeys.SPARK);
    }

    protected SparkEngineDriver(String name, String mainClass, String module, VersionKeys versionKeys) {
        this.name = name;
        this.mainClass = mainClass;
        this.module = module;
        this.versionKeys = versionKeys;
    }

    @Override
    public final String name() {
        return name;
    }

    /** Spark and Scala versions of the jars the engine JVM is launched with (empty before its module is built). */
    @Override
    public Map<String, String> versions() {
        Map<String, String> versions = new TreeMap<>();
        try {
            for (Path entry : BenchHome.locate().moduleClasspath(module)) {
                Matcher jar = ARTIFACT.matcher(entry.getFileName().toString());
                if (jar.matches()) {
                    versions.put(
                            jar.group(1).equals("spark-core") ? versionKeys.spark() : versionKeys.scala(),
                            jar.group(2));
                }
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            // not built yet: launch() reports that with the command to fix it
        }
        return versions;
    }

    /**
     * Structured Streaming lets an in-flight micro-batch commit (up to 15 s, the engine's own limit) before
     * stopping the query and the SparkContext; 15 s more for those stops and the JVM's exit.
     */
    @Override
    public Duration gracefulStopTimeout(WorkloadSpec workload) {
        return IN_FLIGHT_BATCH.plus(CONTEXT_STOP);
    }

    /** How long the Structured Streaming engine waits for an in-flight micro-batch when asked to stop. */
    static final Duration IN_FLIGHT_BATCH = Duration.ofSeconds(15);
    /** Stopping the query or streaming context, the SparkContext, and the JVM's exit. */
    static final Duration CONTEXT_STOP = Duration.ofSeconds(15);

    @Override
    public EngineLaunch launch(JobSpec job, BenchHome home) {
        // Spark's UI binds to SPARK_LOCAL_IP: loopback, or the address the user asked for (harness.bindAddress)
        return new EngineLaunch(
                mainClass,
                home.moduleClasspath(module),
                sparkJvmOptions(home, module),
                Map.of("SPARK_LOCAL_IP", BindSettings.bindAddress(job.workload())));
    }

    /** spark-bench's classes and runtime classpath, for any JVM that runs Spark (engines, History Server). */
    public static List<Path> sparkClasspath(BenchHome home) {
        return home.moduleClasspath(MODULE);
    }

    /** The JVM options Spark needs on Java 17, as spark-bench's build wrote them. */
    public static List<String> sparkJvmOptions(BenchHome home) {
        return sparkJvmOptions(home, MODULE);
    }

    /** The JVM options Spark needs on Java 17, as {@code module}'s build wrote them. */
    public static List<String> sparkJvmOptions(BenchHome home, String module) {
        Path file = home.moduleClasspath(module).get(0).resolve(JVM_OPTIONS_RESOURCE);
        try {
            String content = Files.readString(file).trim();
            if (content.isEmpty() || content.contains("${")) {
                throw new IllegalStateException(file + " holds no JVM options: rebuild " + module
                        + " with Maven (the file is filtered from its pom's spark.jvm.options)");
            }
            return Arrays.asList(content.split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Spark's JVM options from " + file + ": rebuild " + module, e);
        }
    }
}
