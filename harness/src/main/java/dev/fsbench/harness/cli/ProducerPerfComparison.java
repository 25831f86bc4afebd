package dev.fsbench.harness.cli;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.generator.GeneratorCeiling;
import dev.fsbench.harness.generator.GeneratorProducer;
import dev.fsbench.harness.generator.KeyChooser;
import dev.fsbench.harness.generator.ProducerPerformanceRun;
import dev.fsbench.harness.kafka.KafkaBackend;
import dev.fsbench.harness.kafka.KafkaTopics;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The generator next to Kafka's own ProducerPerformance, against the same broker, with the same producer
 * settings, record size and partitions: for the generator's default settings and for a high-throughput setting.
 * The generator runs first, flat out ({@link GeneratorCeiling}); ProducerPerformance then sends about as many
 * records as the generator sent in the same time, its first two seconds' worth not counted (as the generator's
 * are not).
 */
final class ProducerPerfComparison {

    /** acks=1 (one broker: no weaker than acks=all here), 5 ms linger, 256 KiB batches. */
    static final Map<String, String> HIGH_THROUGHPUT = Map.of(
            ProducerConfig.ACKS_CONFIG, "1",
            ProducerConfig.LINGER_MS_CONFIG, "5",
            ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));

    private static final long WARMUP_SECONDS = 2;

    private ProducerPerfComparison() {}

    static void run(
            KafkaBackend kafka,
            WorkloadSpec spec,
            long durationMs,
            Map<String, String> userSettings,
            boolean producerPerThread,
            Path logDir)
            throws Exception {
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        settings.put("default", userSettings);
        Map<String, String> fast = new LinkedHashMap<>(HIGH_THROUGHPUT);
        fast.putAll(userSettings);
        settings.put("high-throughput", fast);
        int recordSize = meanRecordBytes(spec.vocabularySize());
        System.out.printf(
                "records of %d bytes (the generator's mean key + value; ProducerPerformance sends no key),"
                        + " %d partitions, generator threads: %d, %s%n",
                recordSize,
                spec.partitions(),
                HarnessSettings.generatorThreads(spec),
                producerPerThread ? "a producer per thread" : "one producer");
        StringBuilder table = new StringBuilder(String.format(
                "%-16s %16s %26s %7s%n", "setting", "generator ev/s", "ProducerPerformance rec/s", "ratio"));
        int round = 0;
        for (Map.Entry<String, Map<String, String>> setting : settings.entrySet()) {
            round++;
            Properties used = GeneratorProducer.settings(kafka.bootstrapServers(), Map.of(), setting.getValue());
            used.remove(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG);
            System.out.printf("%s: %s%n", setting.getKey(), used);
            double generator = GeneratorCeiling.measure(
                    kafka, spec, durationMs, setting.getValue(), producerPerThread, "compare-generator-" + round);
            String perfTopic = "compare-perf-" + round;
            KafkaTopics.createWorkloadTopics(kafka, perfTopic, perfTopic + "-out", spec.partitions());
            long warmupRecords = Math.max(100_000, Math.round(generator * WARMUP_SECONDS));
            long records = warmupRecords + Math.max(100_000, Math.round(generator * durationMs / 1000.0));
            Map<String, String> perfSettings = new LinkedHashMap<>(kafka.clientProperties());
            used.forEach((key, value) -> perfSettings.put(key.toString(), value.toString()));
            double perf = ProducerPerformanceRun.recordsPerSecond(
                    kafka.bootstrapServers(), perfTopic, records, warmupRecords, recordSize, perfSettings, logDir);
            System.out.printf(
                    "%s: generator %,.0f ev/s, ProducerPerformance %,.0f rec/s%n", setting.getKey(), generator, perf);
            table.append(String.format(
                    "%-16s %,16.0f %,26.0f %7.2f%n",
                    setting.getKey(), generator, perf, perf > 0 ? generator / perf : 0));
        }
        System.out.println();
        System.out.print(table);
    }

    /** Mean bytes of key ("w123") + value ("1764500000000,w123") over a uniform vocabulary. */
    static int meanRecordBytes(int vocabularySize) {
        long wordBytes = 0;
        for (int i = 0; i < vocabularySize; i++) {
            wordBytes += KeyChooser.word(i).length();
        }
        double meanWord = (double) wordBytes / vocabularySize;
        int epochMillisDigits = 13;
        return (int) Math.round(2 * meanWord + epochMillisDigits + 1);
    }
}
