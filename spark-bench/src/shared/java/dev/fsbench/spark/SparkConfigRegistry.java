package dev.fsbench.spark;

import java.io.File;
import java.io.IOException;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.apache.spark.internal.config.ConfigEntry;
import org.apache.spark.internal.config.ConfigEntry$;
import scala.collection.JavaConverters;

/**
 * Every setting Spark's classpath declares: the entries of its {@code ConfigEntry} registry (core, SQL,
 * streaming, the Kafka connectors), which fills as the Scala objects holding them are loaded, plus their
 * alternative keys.
 */
final class SparkConfigRegistry {

    /** Keys Spark reads by prefix without declaring each one. */
    static final List<String> PREFIX_FAMILIES = List.of(
            "spark.hadoop.",
            "spark.executorEnv.",
            "spark.sql.catalog.",
            "spark.sql.hive.",
            "spark.sql.streaming.stateStore.rocksdb.",
            "spark.kafka.",
            "spark.ssl.",
            "spark.metrics.conf.",
            "spark.driver.resource.",
            "spark.executor.resource.",
            "spark.worker.resource.",
            "spark.kubernetes.",
            "spark.yarn.",
            "spark.mesos.");

    /** The Scala objects that declare ConfigEntry vals: loading one registers its entries. */
    private static final Pattern DECLARING_OBJECT =
            Pattern.compile("org/apache/spark/(.*/config/[A-Za-z]+|.*Conf|.*kafka010/package)\\$\\.class");

    private SparkConfigRegistry() {}

    static Set<String> knownKeys() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && new File(entry).getName().startsWith("spark-")) {
                loadDeclaringObjects(entry);
            }
        }
        Set<String> keys = new TreeSet<>();
        for (ConfigEntry<?> entry : ConfigEntry$.MODULE$.knownConfigs().values()) {
            keys.add(entry.key());
            keys.addAll(JavaConverters.seqAsJavaList(entry.alternatives()));
        }
        return keys;
    }

    private static void loadDeclaringObjects(String jar) {
        try (JarFile file = new JarFile(jar)) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (DECLARING_OBJECT.matcher(name).matches()) {
                    load(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        } catch (IOException e) {
            // an unreadable jar registers nothing; its keys end up unverified, not wrongly accepted
        }
    }

    private static void load(String className) {
        try {
            Class.forName(className, true, SparkConfigRegistry.class.getClassLoader());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // an object that cannot load here (optional dependency missing) registers nothing
        }
    }
}
