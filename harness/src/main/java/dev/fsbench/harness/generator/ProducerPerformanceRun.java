package dev.fsbench.harness.generator;

import dev.fsbench.harness.process.CurrentClasspath;
import dev.fsbench.harness.process.ForkedJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own {@code org.apache.kafka.tools.ProducerPerformance} (kafka-tools, the broker's version), the
 * reference the generator is compared with. It runs in a JVM of its own, like the broker: its figures are not
 * bent by the harness's heap or threads, and its output is read from its stdout.
 */
public final class ProducerPerformanceRun {

    private static final String MAIN_CLASS = "org.apache.kafka.tools.ProducerPerformance";

    /** Its closing line, e.g. "2000000 steady state records sent, 1270000.5 records/sec (...)". */
    private static final Pattern TOTAL = Pattern.compile("^(\\d+)( steady state)? records sent, ([0-9.]+) records/sec");

    private ProducerPerformanceRun() {}

    /**
     * Sends {@code records} records of {@code recordSize} bytes as fast as it can with {@code producerSettings}
     * (the first {@code warmupRecords} not counted) and returns the steady-state records/s.
     */
    public static double recordsPerSecond(
            String bootstrapServers,
            String topic,
            long records,
            long warmupRecords,
            int recordSize,
            Map<String, String> producerSettings,
            Path logDir)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(
                "--topic",
                topic,
                "--num-records",
                Long.toString(records),
                "--warmup-records",
                Long.toString(warmupRecords),
                "--record-size",
                Integer.toString(recordSize),
                "--throughput",
                "-1",
                "--command-property"));
        producerSettings.forEach((key, value) -> args.add(key + "=" + value));
        args.add("bootstrap.servers=" + bootstrapServers);
        ForkedJvm jvm = ForkedJvm.start(new ForkedJvm.Spec(
                "producer-performance-" + topic,
                MAIN_CLASS,
                CurrentClasspath.entries(),
                List.of("-Xms1g", "-Xmx1g"),
                args,
                Map.of(),
                logDir));
        try {
            jvm.waitFor(Duration.ofHours(1));
            if (jvm.exitCode().orElse(-1) != 0) {
                throw new IOException("ProducerPerformance failed (exit code "
                        + jvm.exitCode().orElse(-1) + "):\n" + jvm.outputTail(20));
            }
            return steadyRate(Files.readAllLines(jvm.stdoutFile(), StandardCharsets.UTF_8))
                    .orElseThrow(
                            () -> new IOException("no total in ProducerPerformance's output:\n" + jvm.outputTail(20)));
        } finally {
            jvm.close();
        }
    }

    /** The steady-state total if it printed one, else the whole run's. */
    static Optional<Double> steadyRate(List<String> output) {
        Double whole = null;
        for (String line : output) {
            Matcher total = TOTAL.matcher(line.trim());
            if (total.find() && line.contains(" 50th")) { // its totals; the periodic lines lack percentiles
                double rate = Double.parseDouble(total.group(3));
                if (total.group(2) != null) {
                    return Optional.of(rate);
                }
                whole = rate;
            }
        }
        return Optional.ofNullable(whole);
    }
}
