package dev.fsbench.harness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Where a run's files go. With a reports directory the run lands in reports/runs/&lt;runId&gt;/ and, once
 * finished, reports/latest is switched to it (a symlink replaced atomically).
 */
public record RunRequest(String runId, Path runDir, Path reportsDir, List<WorkloadPlan> plans) {

    public static RunRequest toDirectory(String runId, Path dir, List<WorkloadPlan> plans) {
        return new RunRequest(runId, dir, null, plans);
    }

    public static RunRequest toReports(String runId, Path reportsDir, List<WorkloadPlan> plans) {
        return new RunRequest(runId, reportsDir.resolve("runs").resolve(runId), reportsDir, plans);
    }

    /** After a run: point reports/latest at it. */
    public void publish(Console console) throws IOException {
        if (reportsDir == null) {
            return;
        }
        Path latest = reportsDir.resolve("latest");
        Path tmp = reportsDir.resolve(".latest-" + runId);
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, reportsDir.relativize(runDir));
        Files.move(tmp, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        console.info("reports/latest -> %s", reportsDir.relativize(runDir));
    }
}
