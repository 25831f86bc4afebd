package dev.fsbench.api;

import java.util.Map;
import java.util.Objects;

/**
 * What the harness hands an engine JVM (as {@code job.json}, path in args[0]): the workload plus where to
 * read and write. The engine reads {@link #inputTopic}, writes {@link #outputTopic} in {@link RecordFormat},
 * keeps every file it makes under {@link #workDir}, and runs through {@link EngineMain}.
 *
 * @param kafkaClientProperties pass-through client settings (SASL/SSL for external clusters); apply to every
 *                              consumer, producer and admin client the engine creates
 */
public record JobSpec(
        String runId,
        String engine,
        WorkloadSpec workload,
        String bootstrapServers,
        Map<String, String> kafkaClientProperties,
        String inputTopic,
        String outputTopic,
        String workDir) {

    public JobSpec {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(inputTopic, "inputTopic");
        Objects.requireNonNull(outputTopic, "outputTopic");
        Objects.requireNonNull(workDir, "workDir");
        kafkaClientProperties = kafkaClientProperties == null ? Map.of() : Map.copyOf(kafkaClientProperties);
    }
}
