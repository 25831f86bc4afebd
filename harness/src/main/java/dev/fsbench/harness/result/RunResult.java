package dev.fsbench.harness.result;

import java.util.List;

/** The whole run as written to result.json; see result.schema.json, the contract with the reports. */
public record RunResult(
        int schemaVersion,
        String runId,
        String startedAt,
        String finishedAt,
        RunStatus status,
        List<String> warnings,
        Environment environment,
        KafkaInfo kafka,
        List<WorkloadResult> workloads,
        Object harness,
        Object microbenchmarks) {

    public static final int SCHEMA_VERSION = 1;
}
