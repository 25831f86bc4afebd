package dev.fsbench.harness.cli;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.generator.GeneratorProducer;
import dev.fsbench.harness.generator.GeneratorProducers;
import dev.fsbench.harness.generator.LoadGenerator;
import dev.fsbench.harness.generator.MeasuredPhaseListener;
import dev.fsbench.harness.generator.RateSchedule;
import dev.fsbench.harness.generator.WarmupGate;
import dev.fsbench.harness.kafka.KafkaBackend;
import dev.fsbench.harness.kafka.KafkaBackends;
import dev.fsbench.harness.kafka.KafkaOptions;
import dev.fsbench.harness.kafka.KafkaTopics;
import dev.fsbench.harness.process.TempDirectory;
import dev.fsbench.harness.scenario.DurationText;
import dev.fsbench.results.GeneratorSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * bench generator-probe: how fast can the ruler itself go? Runs the load generator alone against the embedded
 * broker at increasing rates (no engine), and reports achieved rate and worst schedule lag for each. The
 * highest rate it keeps is the ceiling of any engine measurement on this machine. With
 * {@code --compare-producer-perf} it instead compares the generator, flat out, with Kafka's own
 * ProducerPerformance ({@link ProducerPerfComparison}).
 */
@Command(
        name = "generator-probe",
        header = "Measures the load generator alone, without an engine.",
        mixinStandardHelpOptions = true,
        description = "Runs the load generator alone (no engine) against the embedded broker at each --rates value and "
                + "prints the achieved rate and the worst schedule lag: the ceiling of this machine's ruler. With "
                + "--compare-producer-perf, compares the generator sending flat out with Kafka's own "
                + "ProducerPerformance (same broker, producer settings, record size and partitions), for the "
                + "generator's default producer settings and a high-throughput setting (acks=1, linger.ms=5, "
                + "batch.size=262144).")
public final class GeneratorProbeCommand implements Callable<Integer> {

    @Option(
            names = "--rates",
            split = ",",
            paramLabel = "N",
            defaultValue = "50000,100000,200000,400000",
            description = "Rates to try, events/s (default: ${DEFAULT-VALUE}).")
    List<Long> rates;

    @Option(
            names = "--duration",
            paramLabel = "DURATION",
            defaultValue = "20s",
            description = "Measured time per rate or per setting (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(
            names = "--partitions",
            defaultValue = "2",
            description = "Input topic partitions (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Generator sender threads (default: the knob harness.generatorThreads, 2).")
    Integer threads;

    @Option(
            names = "--producer-setting",
            paramLabel = "KEY=VALUE",
            description = "A Kafka producer setting on top of the generator's own (acks=all, linger.ms=2,"
                    + " batch.size=65536), e.g. --producer-setting acks=1; repeatable. With --compare-producer-perf"
                    + " it applies to both tools and both settings.")
    Map<String, String> producerSettings = new LinkedHashMap<>();

    @Option(
            names = "--producer-per-thread",
            description = "Give each generator thread its own Kafka producer instead of one shared producer (runs"
                    + " always share one: see docs/measurement.md).")
    boolean producerPerThread;

    @Option(
            names = "--compare-producer-perf",
            description = "Compare the generator with Kafka's ProducerPerformance instead of probing --rates.")
    boolean compareProducerPerf;

    @Override
    public Integer call() throws Exception {
        long durationMs = DurationText.toMillis("duration", duration);
        if (partitions < 1) {
            throw new IllegalArgumentException("--partitions must be >= 1, got " + partitions);
        }
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        }
        checkProducerSettings(producerSettings);
        try (KafkaBackend kafka = KafkaBackends.create(KafkaBackends.EMBEDDED, KafkaOptions.defaults())) {
            kafka.start();
            System.out.printf("broker up in %d ms at %s%n", kafka.startupTime().toMillis(), kafka.bootstrapServers());
            if (compareProducerPerf) {
                try (TempDirectory logs = TempDirectory.create("producer-performance")) {
                    ProducerPerfComparison.run(
                            kafka, spec(1), durationMs, producerSettings, producerPerThread, logs.path());
                }
            } else {
                probeRates(kafka, durationMs);
            }
        }
        return 0;
    }

    private void probeRates(KafkaBackend kafka, long durationMs) throws Exception {
        System.out.printf("%12s %14s %12s %8s%n", "requested", "achieved", "max lag ms", "kept");
        int round = 0;
        for (long rate : rates) {
            String topic = "generator-probe-" + (++round);
            KafkaTopics.createWorkloadTopics(kafka, topic, topic + "-out", partitions);
            WorkloadSpec spec = spec(rate);
            try (GeneratorProducers producers = GeneratorProducers.open(
                    kafka, topic, producerPerThread ? HarnessSettings.generatorThreads(spec) : 1, producerSettings)) {
                LoadGenerator generator = new LoadGenerator(
                        spec,
                        RateSchedule.constant(rate),
                        0,
                        false,
                        HarnessSettings.generatorThreads(spec),
                        WarmupGate.FIXED);
                GeneratorSummary report =
                        generator.run(producers.all(), topic, MeasuredPhaseListener.NONE, () -> false);
                System.out.printf(
                        "%,12d %,14.0f %,12.0f %8s%n",
                        rate, report.achievedRatePerSec(), report.maxScheduleLagMs(), report.rateMet() ? "yes" : "NO");
            }
        }
    }

    /** The default workload's events (1,000 words, 1 s tumbling windows) at {@code rate}, 2 s of warm-up. */
    private WorkloadSpec spec(long rate) {
        Map<String, String> knobs = new LinkedHashMap<>();
        if (threads != null) {
            knobs.put(HarnessSettings.GENERATOR_THREADS.key(), threads.toString());
        }
        return new WorkloadSpec(
                "probe",
                rate,
                DurationText.toMillis("duration", duration),
                2_000,
                WindowSpec.tumbling(1000),
                1000,
                KeyDistribution.UNIFORM,
                1.0,
                0,
                partitions,
                1,
                42,
                knobs);
    }

    /** Unknown keys or bad values stop the command before the broker starts (exit code 2). */
    static void checkProducerSettings(Map<String, String> settings) {
        for (String key : settings.keySet()) {
            if (!ProducerConfig.configNames().contains(key)) {
                throw new IllegalArgumentException("--producer-setting: '" + key + "' is no Kafka producer setting");
            }
        }
        Map<String, Object> all = new LinkedHashMap<>();
        GeneratorProducer.settings("127.0.0.1:9092", Map.of(), settings).forEach((k, v) -> all.put((String) k, v));
        all.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        all.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try {
            new ProducerConfig(all);
        } catch (ConfigException e) {
            throw new IllegalArgumentException("--producer-setting: " + e.getMessage());
        }
    }
}
