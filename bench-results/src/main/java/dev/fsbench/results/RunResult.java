package dev.fsbench.results;

import java.util.List;

/**
 * The whole run as written to result.json, the contract between the harness and the reports; result.schema.json
 * describes the same shape (a test keeps the two in step). Sections a run did not produce are null.
 *
 * @param harness         telemetry of the harness JVM itself (generator and collector)
 * @param microbenchmarks the JMH summaries and the tuning claims checked against them, when microbenchmarks ran
 * @param capacity        each engine's maximum sustainable rate per scenario, when a capacity search ran
 * @param process         the harness process that wrote the result (pid, host, process start), so a reader can
 *                        tell a live RUNNING run from an abandoned one; null in results written before it existed
 */
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
        TelemetryResult harness,
        MicrobenchSection microbenchmarks,
        List<CapacityResult> capacity,
        HarnessProcess process,
        List<ExperimentResult> experiments) {

    /**
     * Bumped when a reader of an older result would misread a newer one (a field renamed or re-meant); adding an
     * optional field or section is not such a change, since readers ignore what they do not know.
     */
    public static final int SCHEMA_VERSION = 3;

    /** Schema version 2: throughput.outputEventsPerSec (windows by event time) replaced by processedEventsPerSec. */
    public static final int FIRST_VERSION_WITH_PROCESSED_THROUGHPUT = 2;

    /**
     * Schema version 3: a conservation verification (DStreams) checks every word, the batch grid and the vocabulary
     * instead of one total, so its "passed" is no longer the older, weaker verdict; latency summaries say how many
     * windows they rest on, workloads record the machine's load, and the collector's record checks are kept.
     */
    public static final int FIRST_VERSION_WITH_STRICT_CONSERVATION = 3;

    public RunResult {
        warnings = Copies.list(warnings);
        workloads = Copies.list(workloads);
        capacity = Copies.list(capacity);
        experiments = Copies.list(experiments);
    }

    /** A result without experiments: every command but {@code bench experiment}. */
    public RunResult(
            int schemaVersion,
            String runId,
            String startedAt,
            String finishedAt,
            RunStatus status,
            List<String> warnings,
            Environment environment,
            KafkaInfo kafka,
            List<WorkloadResult> workloads,
            TelemetryResult harness,
            MicrobenchSection microbenchmarks,
            List<CapacityResult> capacity,
            HarnessProcess process) {
        this(
                schemaVersion,
                runId,
                startedAt,
                finishedAt,
                status,
                warnings,
                environment,
                kafka,
                workloads,
                harness,
                microbenchmarks,
                capacity,
                process,
                List.of());
    }

    /** This run once its experiments were judged: the same run, with the experiments section and its status. */
    public RunResult withExperiments(
            List<ExperimentResult> results, RunStatus newStatus, List<String> newWarnings, String newFinishedAt) {
        return new RunResult(
                schemaVersion,
                runId,
                startedAt,
                newFinishedAt,
                newStatus,
                newWarnings,
                environment,
                kafka,
                workloads,
                harness,
                microbenchmarks,
                capacity,
                process,
                results);
    }

    /**
     * This run once its microbenchmarks ran too (as the suite does): the same workloads, environment and
     * telemetry, with the microbenchmarks' section and the status, warnings and end time that include them.
     */
    public RunResult withMicrobenchmarks(
            MicrobenchSection section, RunStatus newStatus, List<String> newWarnings, String newFinishedAt) {
        return new RunResult(
                schemaVersion,
                runId,
                startedAt,
                newFinishedAt,
                newStatus,
                newWarnings,
                environment,
                kafka,
                workloads,
                harness,
                section,
                capacity,
                process,
                experiments);
    }

    /** A result without the writing process's identity (microbenchmark-only runs, fixtures, older callers). */
    public RunResult(
            int schemaVersion,
            String runId,
            String startedAt,
            String finishedAt,
            RunStatus status,
            List<String> warnings,
            Environment environment,
            KafkaInfo kafka,
            List<WorkloadResult> workloads,
            TelemetryResult harness,
            MicrobenchSection microbenchmarks,
            List<CapacityResult> capacity) {
        this(
                schemaVersion,
                runId,
                startedAt,
                finishedAt,
                status,
                warnings,
                environment,
                kafka,
                workloads,
                harness,
                microbenchmarks,
                capacity,
                null);
    }

    /** True once the run ended (OK, FAILED, INCOMPLETE); false while RUNNING, or when a RUNNING run was abandoned. */
    public boolean ended() {
        return status == null || status.ended();
    }

    /** This run once its capacity searches ran too: the same run, with the capacity section and its status. */
    public RunResult withCapacity(
            List<CapacityResult> results, RunStatus newStatus, List<String> newWarnings, String newFinishedAt) {
        return new RunResult(
                schemaVersion,
                runId,
                startedAt,
                newFinishedAt,
                newStatus,
                newWarnings,
                environment,
                kafka,
                workloads,
                harness,
                microbenchmarks,
                results,
                process,
                experiments);
    }
}
