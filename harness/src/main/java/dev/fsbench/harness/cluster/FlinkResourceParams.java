package dev.fsbench.harness.cluster;

import dev.fsbench.harness.process.ForkedJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What Flink's start scripts compute before they start a JobManager or TaskManager: {@code BashJavaUtils
 * GET_TM_RESOURCE_PARAMS} (or {@code GET_JM_RESOURCE_PARAMS}) {@code --configDir DIR} derives the JVM's memory
 * flags and the dynamic properties the role must be started with from the configuration. A TaskManager started
 * without them fails ("taskmanager.cpu.cores is not set"). Their output's last two
 * {@value #RESULT_PREFIX} lines are the JVM flags and the {@code -D key=value} properties.
 *
 * @param jvmOptions e.g. -Xmx... -Xms... -XX:MaxDirectMemorySize=... -XX:MaxMetaspaceSize=...
 * @param dynamicProperties {@code -D}, {@code key=value} pairs, appended to the role's arguments
 */
record FlinkResourceParams(List<String> jvmOptions, List<String> dynamicProperties) {

    static final String MAIN_CLASS = "org.apache.flink.runtime.util.bash.BashJavaUtils";
    static final String TASK_MANAGER = "GET_TM_RESOURCE_PARAMS";
    static final String JOB_MANAGER = "GET_JM_RESOURCE_PARAMS";
    static final String RESULT_PREFIX = "BASH_JAVA_UTILS_EXEC_RESULT:";

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    FlinkResourceParams {
        jvmOptions = List.copyOf(jvmOptions);
        dynamicProperties = List.copyOf(dynamicProperties);
    }

    /** Runs BashJavaUtils {@code command} on {@code config} in a short JVM whose output stays in the cluster's dir. */
    static FlinkResourceParams compute(String command, FlinkClusterConfig config, List<Path> classpath)
            throws IOException, InterruptedException {
        String label = command.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        ForkedJvm jvm = ForkedJvm.start(new ForkedJvm.Spec(
                label,
                MAIN_CLASS,
                classpath,
                List.of("-Xmx128m"),
                List.of(command, "--configDir", config.configDir().toString()),
                Map.of(),
                config.dir()));
        try {
            if (!jvm.waitFor(TIMEOUT) || jvm.exitCode().orElse(-1) != 0) {
                throw new IOException("Flink's BashJavaUtils " + command + " failed (exit "
                        + jvm.exitCode().map(String::valueOf).orElse("none, timed out") + "):\n" + jvm.outputTail(20));
            }
            return parse(Files.readString(jvm.stdoutFile()));
        } finally {
            jvm.stop(Duration.ofSeconds(1)); // exited already, unless it timed out
        }
    }

    /** The last two result lines of BashJavaUtils' output, as its callers in flink-dist read them. */
    static FlinkResourceParams parse(String output) throws IOException {
        List<String> results = output.lines()
                .filter(line -> line.startsWith(RESULT_PREFIX))
                .map(line -> line.substring(RESULT_PREFIX.length()).trim())
                .toList();
        if (results.size() < 2) {
            throw new IOException(
                    "Flink's BashJavaUtils printed " + results.size() + " result line(s), expected 2:\n" + output);
        }
        return new FlinkResourceParams(words(results.get(results.size() - 2)), words(results.get(results.size() - 1)));
    }

    private static List<String> words(String line) {
        return Arrays.stream(line.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
