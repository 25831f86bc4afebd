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

    /** The status a reader sees: the result's, except ABANDONED for a RUNNING run whose process is gone. */
    public String status() {
        if (result.status() == null) {
            return "UNKNOWN";
        }
        return liveness().state() == RunLiveness.State.ABANDONED
                ? RunLiveness.State.ABANDONED.name()
                : result.status().name();
    }

    /** Ended, still running or abandoned ({@link RunLiveness}). */
    public RunLiveness liveness() {
        return RunLiveness.of(result);
    }

    /**
     * True when the run ended (OK, FAILED, INCOMPLETE): only such a run is a result, a baseline or a point of a
     * trend; a RUNNING run, live or abandoned, is none of these.
     */
    public boolean ended() {
        return result.ended();
    }

    /** Fails (bad input) unless the run ended: the message names the run and its state. */
    public RunRecord requireEnded() {
        RunLiveness liveness = liveness();
        if (!liveness.ended()) {
            throw new IllegalArgumentException("run " + runId + " is " + liveness.label() + " (" + liveness.reason()
                    + "): it is not a result and cannot be compared");
        }
        return this;
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
