package dev.fsbench.harness.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.tools.ProducerPerformance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the embedded broker, outside the test suite: its start time (from start() to a describeCluster
 * answer, JVM fork and storage format included) over several cold starts, then Kafka's own ProducerPerformance
 * against it with records the size of the generator's (key + value of "<13-digit ms>,w123" is about 22 bytes),
 * as the reference for the generator's maximum rate. The producer runs in this JVM, the broker in its own, as
 * in a real run. See docs/readme/kafka.md for the command line.
 */
@Command(
        name = "kafka-broker-benchmark",
        mixinStandardHelpOptions = true,
        description = "Embedded Kafka broker start time and ProducerPerformance throughput.")
public final class KafkaBrokerBenchmark implements Callable<Integer> {

    @Option(names = "--starts", description = "Cold broker starts to time (default ${DEFAULT-VALUE}).")
    int starts = 5;

    @Option(names = "--records", description = "Records ProducerPerformance sends (default ${DEFAULT-VALUE}).")
    long records = 2_000_000;

    @Option(
            names = "--warmup-records",
            description = "Of those, records excluded from the steady-state figures" + " (default ${DEFAULT-VALUE}).")
    long warmupRecords = 200_000;

    @Option(names = "--record-size", description = "Record value size in bytes (default ${DEFAULT-VALUE}).")
    int recordSize = 22;

    @Option(names = "--partitions", description = "Partitions of the topic written to (default ${DEFAULT-VALUE}).")
    int partitions = 2;

    @Option(
            names = "--producer-props",
            split = ",",
            description = "Producer settings, comma-separated (default ${DEFAULT-VALUE}).")
    List<String> producerProps = List.of("acks=1", "linger.ms=5");

    public static void main(String[] args) {
        System.exit(new CommandLine(new KafkaBrokerBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        System.out.printf(
                "machine: %d cores, Java %s, %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("os.name"));
        if (starts > 0) {
            measureStartTimes();
        }
        if (records > 0) {
            runProducerPerformance();
        }
        return 0;
    }

    private void measureStartTimes() throws KafkaBackendException {
        List<Long> millis = new ArrayList<>();
        for (int i = 1; i <= starts; i++) {
            try (KafkaBackend broker = KafkaBackends.create(KafkaBackends.EMBEDDED, KafkaOptions.defaults())) {
                broker.start();
                millis.add(broker.startupTime().toMillis());
                System.out.printf(
                        "start %d: broker answered after %d ms%n",
                        i, broker.startupTime().toMillis());
            }
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf(
                "broker start time over %d cold starts: median %d ms, min %d ms, max %d ms%n",
                sorted.size(), median(sorted), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static long median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private void runProducerPerformance() throws Exception {
        try (KafkaBackend broker = KafkaBackends.create(KafkaBackends.EMBEDDED, KafkaOptions.defaults())) {
            broker.start();
            KafkaTopics.createWorkloadTopics(broker, "perf-input", "perf-output", partitions);
            List<String> args = new ArrayList<>(List.of(
                    "--topic",
                    "perf-input",
                    "--num-records",
                    Long.toString(records),
                    "--warmup-records",
                    Long.toString(warmupRecords),
                    "--record-size",
                    Integer.toString(recordSize),
                    "--throughput",
                    "-1",
                    "--command-property"));
            args.addAll(producerProps);
            args.add("bootstrap.servers=" + broker.bootstrapServers());
            System.out.println("ProducerPerformance " + String.join(" ", args) + "  (" + partitions + " partitions)");
            long start = System.nanoTime();
            ProducerPerformance.main(args.toArray(String[]::new));
            System.out.printf(
                    "ProducerPerformance took %.1f s%n",
                    Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
        }
    }
}
