package dev.fsbench.harness.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Everything needed to start an engine JVM except the harness-wide options (heap, GC, telemetry). */
public record EngineLaunch(
        String mainClass, List<Path> classpath, List<String> jvmOptions, Map<String, String> environment) {
    public EngineLaunch {
        classpath = List.copyOf(classpath);
        jvmOptions = List.copyOf(jvmOptions);
        environment = Map.copyOf(environment);
    }
}
