package dev.fsbench.harness.cli;

import dev.fsbench.harness.kafka.KafkaBackends;
import dev.fsbench.harness.kafka.KafkaOptions;
import dev.fsbench.harness.run.RunIds;
import dev.fsbench.harness.run.RunRequest;
import dev.fsbench.harness.run.WorkloadPlan;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where `run` and `capacity` find Kafka and write their results (a picocli mixin). */
public final class RunTargetOptions {

    @Option(
            names = "--kafka",
            paramLabel = "BACKEND",
            defaultValue = "embedded",
            description =
                    "embedded (a real broker started here), container (Testcontainers), external. Default: ${DEFAULT-VALUE}.")
    String kafkaBackend;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]", description = "For --kafka external.")
    String bootstrapServers;

    @Option(
            names = "--kafka-property",
            paramLabel = "KEY=VALUE",
            description = "Client property for --kafka external (e.g. security.protocol=SASL_SSL).")
    Map<String, String> kafkaProperties = new LinkedHashMap<>();

    @Option(
            names = "--kafka-port",
            paramLabel = "PORT",
            defaultValue = "0",
            description = "Fixed port of the embedded broker on 127.0.0.1 (default: a free one).")
    int kafkaPort;

    @Option(names = "--output", paramLabel = "DIR", description = "Run directory: result.json and logs go here.")
    Path output;

    @Option(
            names = "--reports",
            paramLabel = "DIR",
            description = "Reports directory: the run goes to DIR/runs/<runId>/, DIR/latest points at it.")
    Path reports;

    @Option(names = "--run-id", paramLabel = "ID", description = "Run id (default: timestamp + random suffix).")
    String runId;

    @Option(
            names = {"-q", "--quiet"},
            description = "No per-second progress lines.")
    boolean quiet;

    /** Fails (exit code 2) unless exactly one of --output and --reports was given. */
    void requireOneDestination() {
        if ((output == null) == (reports == null)) {
            throw new IllegalArgumentException("give exactly one of --output DIR or --reports DIR");
        }
    }

    RunRequest request(List<WorkloadPlan> plans) {
        requireOneDestination();
        String id = runId != null ? RunIds.validate(runId) : RunIds.next();
        PreStartChecks.requireKafka(kafkaBackend, kafkaOptions());
        return output != null ? RunRequest.toDirectory(id, output, plans) : RunRequest.toReports(id, reports, plans);
    }

    KafkaOptions kafkaOptions() {
        return new KafkaOptions(bootstrapServers, kafkaProperties, kafkaPort, null, KafkaOptions.DEFAULT_START_TIMEOUT);
    }

    /**
     * The Kafka options with the embedded broker's client listener where the engines' listeners go
     * ({@code --bind-address}, {@code --advertised-host}): other hosts' workers must reach both. An external
     * cluster or a container has addresses of its own.
     */
    KafkaOptions kafkaOptions(WorkloadOptions workload) {
        KafkaOptions options = kafkaOptions();
        return KafkaBackends.EMBEDDED.equals(kafkaBackend)
                ? options.withListener(workload.bindAddress, workload.advertisedHost)
                : options;
    }
}
