package dev.fsbench.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** One archived run: its directory under runs/ and its result tree, read leniently. */
public record RunRecord(String runId, Path dir, JsonNode result) {

    public Instant startedAt() {
        String s = Json.text(result, "startedAt");
        if (s == null) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                return Instant.EPOCH;
            }
        }
    }

    public String status() {
        String s = Json.text(result, "status");
        return s == null ? "UNKNOWN" : s;
    }

    /** Runs with different fingerprints (cores, memory, OS, JVM) are never compared. */
    public String fingerprint() {
        String s = Json.text(result, "environment.fingerprint");
        return s == null ? "unknown" : s;
    }

    public String gitCommit() {
        return Json.text(result, "environment.gitCommit");
    }

    public String gitBranch() {
        return Json.text(result, "environment.gitBranch");
    }

    public List<JsonNode> workloads() {
        List<JsonNode> list = new ArrayList<>();
        result.path("workloads").forEach(list::add);
        return list;
    }

    public JsonNode microbenchmarks() {
        return result.path("microbenchmarks");
    }
}
