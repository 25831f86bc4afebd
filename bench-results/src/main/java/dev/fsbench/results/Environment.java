package dev.fsbench.results;

import java.util.Map;

/** Where a run happened. Runs are only compared when their {@link #fingerprint} matches. */
public record Environment(
        String gitCommit,
        String gitBranch,
        Boolean gitDirty,
        int cores,
        long memoryBytes,
        String os,
        String jvm,
        Map<String, String> engineVersions,
        String fingerprint) {
    public Environment {
        engineVersions = Copies.orderedMap(engineVersions);
    }
}
