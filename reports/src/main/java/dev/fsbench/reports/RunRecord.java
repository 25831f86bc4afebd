package dev.fsbench.reports;

import dev.fsbench.results.MicrobenchSection;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.WorkloadResult;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** One archived run: its directory under runs/ and its result, read leniently (absent sections are null). */
public record RunRecord(String runId, Path dir, RunResult result) {

    /** When the run started; the epoch when the result does not say (or says it unreadably). */
    public Instant startedAt() {
        String s = result.startedAt();
        if (s == null) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                return Instant.EPOCH;
            }
        }
    }

    public String status() {
        return result.status() == null ? "UNKNOWN" : result.status().name();
    }

    /**
     * The run's setup: runs with different fingerprints (cores, memory, OS, JVM, Kafka backend and broker) are never
     * compared.
     */
    public String fingerprint() {
        return dev.fsbench.reports.gate.SetupFingerprint.of(result);
    }

    public String gitCommit() {
        return result.environment() == null ? null : result.environment().gitCommit();
    }

    public String gitBranch() {
        return result.environment() == null ? null : result.environment().gitBranch();
    }

    public List<WorkloadResult> workloads() {
        return result.workloads();
    }

    /** Null when the run had no microbenchmarks. */
    public MicrobenchSection microbenchmarks() {
        return result.microbenchmarks();
    }
}
