package dev.fsbench.harness.cli;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.generator.GeneratorProducer;
import dev.fsbench.harness.generator.LoadGenerator;
import dev.fsbench.harness.generator.MeasuredPhaseListener;
import dev.fsbench.harness.kafka.KafkaBackend;
import dev.fsbench.harness.kafka.KafkaBackends;
import dev.fsbench.harness.kafka.KafkaOptions;
import dev.fsbench.harness.kafka.KafkaTopics;
import dev.fsbench.harness.scenario.DurationText;
import dev.fsbench.results.GeneratorSummary;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * bench generator-probe: how fast can the ruler itself go? Runs the load generator alone against the embedded
 * broker at increasing rates (no engine), and reports achieved rate and worst schedule lag for each. The
 * highest rate it keeps is the ceiling of any engine measurement on this machine.
 */
@Command(
        name = "generator-probe",
        header = "Measures the load generator alone, without an engine.",
        mixinStandardHelpOptions = true,
        description = "Runs the load generator alone (no engine) against the embedded broker at each --rates value and "
                + "prints the achieved rate and the worst schedule lag: the ceiling of this machine's ruler.")
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
            description = "Measured time per rate (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(
            names = "--partitions",
            defaultValue = "2",
            description = "Input topic partitions (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Override
    public Integer call() throws Exception {
        long durationMs = DurationText.toMillis("duration", duration);
        try (KafkaBackend kafka = KafkaBackends.create(KafkaBackends.EMBEDDED, KafkaOptions.defaults())) {
            kafka.start();
            System.out.printf("broker up in %d ms at %s%n", kafka.startupTime().toMillis(), kafka.bootstrapServers());
            System.out.printf("%12s %14s %12s %8s%n", "requested", "achieved", "max lag ms", "kept");
            int round = 0;
            for (long rate : rates) {
                String topic = "generator-probe-" + (++round);
                KafkaTopics.createWorkloadTopics(kafka, topic, topic + "-out", partitions);
                WorkloadSpec spec = new WorkloadSpec(
                        "probe",
                        rate,
                        durationMs,
                        2_000,
                        WindowSpec.tumbling(1000),
                        1000,
                        KeyDistribution.UNIFORM,
                        1.0,
                        0,
                        partitions,
                        1,
                        42,
                        Map.of());
                try (KafkaProducer<byte[], byte[]> producer =
                        GeneratorProducer.open(kafka.bootstrapServers(), kafka.clientProperties(), topic)) {
                    GeneratorSummary report = new LoadGenerator(spec, 0, false)
                            .run(producer, topic, MeasuredPhaseListener.NONE, () -> false);
                    System.out.printf(
                            "%,12d %,14.0f %,12.0f %8s%n",
                            rate,
                            report.achievedRatePerSec(),
                            report.maxScheduleLagMs(),
                            report.rateMet() ? "yes" : "NO");
                }
            }
        }
        return 0;
    }
}
