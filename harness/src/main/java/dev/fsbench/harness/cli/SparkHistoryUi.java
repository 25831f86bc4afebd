package dev.fsbench.harness.cli;

import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.SparkEngineDriver;
import dev.fsbench.harness.process.ForkedJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Spark's History Server over the event logs Spark runs left under the runs directory (each Spark workload
 * writes {@code engine/spark-events/}). The History Server reads one flat directory, so the logs are copied
 * into the command's work directory, which lives as long as the server. Runs spark-bench's
 * HistoryServerMain (stops on stdin EOF) with Spark's JVM options, on 127.0.0.1 only.
 */
final class SparkHistoryUi implements HistoryServerCommand.HistoryUi {

    static final String EVENT_LOG_DIR_NAME = "spark-events";
    static final String MAIN_CLASS = "dev.fsbench.spark.HistoryServerMain";

    @Override
    public String title() {
        return "Spark History Server";
    }

    @Override
    public List<Path> find(Path runs) throws IOException {
        try (Stream<Path> paths = Files.walk(runs)) {
            return paths.filter(p -> p.getFileName().toString().equals(EVENT_LOG_DIR_NAME) && Files.isDirectory(p))
                    .map(p -> p.toAbsolutePath().normalize())
                    .sorted()
                    .toList();
        }
    }

    @Override
    public ForkedJvm.Spec spec(BenchHome home, List<Path> found, int port, Path workDir) {
        Path events = workDir.resolve("spark-event-logs");
        copyEventLogs(found, events);
        List<String> jvmOptions = new ArrayList<>(SparkEngineDriver.sparkJvmOptions(home));
        jvmOptions.add("-Xmx512m");
        jvmOptions.add("-Dspark.history.fs.logDirectory=" + events.toUri());
        jvmOptions.add("-Dspark.history.ui.port=" + port);
        return new ForkedJvm.Spec(
                "spark-history-server",
                MAIN_CLASS,
                SparkEngineDriver.sparkClasspath(home),
                jvmOptions,
                List.of(),
                Map.of("SPARK_LOCAL_IP", "127.0.0.1"),
                workDir.resolve("spark-logs"));
    }

    @Override
    public String readinessPath() {
        return "/api/v1/applications";
    }

    /** One file per application (named by its id); the first copy of an id wins. */
    static void copyEventLogs(List<Path> eventLogDirs, Path target) {
        try {
            Files.createDirectories(target);
            for (Path dir : eventLogDirs) {
                try (Stream<Path> logs = Files.list(dir)) {
                    for (Path log : (Iterable<Path>) logs.filter(Files::isRegularFile)::iterator) {
                        Path copy = target.resolve(log.getFileName().toString());
                        if (!Files.exists(copy)) {
                            Files.copy(log, copy, StandardCopyOption.COPY_ATTRIBUTES);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot collect Spark event logs into " + target, e);
        }
    }
}
