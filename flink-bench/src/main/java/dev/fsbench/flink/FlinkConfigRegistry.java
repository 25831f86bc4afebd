package dev.fsbench.flink;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.FallbackKey;

/**
 * Every configuration key Flink's classpath declares: the static {@link ConfigOption} fields of its
 * {@code *Options} classes (as Flink's own documentation generator finds them), with their fallback and
 * deprecated keys.
 */
final class FlinkConfigRegistry {

    /** Keys Flink reads by prefix (reporters, container environment, file system plugins). */
    static final java.util.List<String> PREFIX_FAMILIES = java.util.List.of(
            "metrics.reporter.",
            "containerized.master.env.",
            "containerized.taskmanager.env.",
            "fs.",
            "s3.",
            "kubernetes.",
            "yarn.");

    private FlinkConfigRegistry() {}

    static Set<String> knownKeys() {
        Set<String> keys = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && new File(entry).getName().startsWith("flink-")) {
                scanJar(entry, keys);
            }
        }
        return keys;
    }

    private static void scanJar(String jar, Set<String> keys) {
        try (JarFile file = new JarFile(jar)) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith("org/apache/flink/") && name.endsWith("Options.class") && !name.contains("$")) {
                    addOptions(
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'), keys);
                }
            }
        } catch (IOException e) {
            // an unreadable jar declares nothing we can see; its keys end up unverified, not wrongly accepted
        }
    }

    private static void addOptions(String className, Set<String> keys) {
        try {
            Class<?> options = Class.forName(className, true, FlinkConfigRegistry.class.getClassLoader());
            for (Field field : options.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && ConfigOption.class.isAssignableFrom(field.getType())) {
                    ConfigOption<?> option = (ConfigOption<?>) field.get(null);
                    keys.add(option.key());
                    for (FallbackKey fallback : option.fallbackKeys()) {
                        keys.add(fallback.getKey());
                    }
                }
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // an options class that cannot load here (optional dependency missing) declares nothing usable
        }
    }
}
