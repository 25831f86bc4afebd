package dev.fsbench.harness.process;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * This JVM's classpath, for child JVMs that run harness code (the broker, the test engines). Under surefire
 * and failsafe it is a single manifest-only jar, which a child JVM reads the same way.
 */
public final class CurrentClasspath {

    private CurrentClasspath() {}

    public static List<Path> entries() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .toList();
    }
}
