package dev.fsbench.harness.run;

import dev.fsbench.reports.site.ReportSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a run's files go. With a reports directory the run lands in reports/runs/&lt;runId&gt;/ and, once
 * finished, the reports are re-rendered and reports/latest points at it.
 */
public record RunRequest(String runId, Path runDir, Path reportsDir, List<WorkloadPlan> plans) {

    public static RunRequest toDirectory(String runId, Path dir, List<WorkloadPlan> plans) {
        return new RunRequest(runId, dir, null, plans);
    }

    public static RunRequest toReports(String runId, Path reportsDir, List<WorkloadPlan> plans) {
        return new RunRequest(runId, reportsDir.resolve("runs").resolve(runId), reportsDir, plans);
    }

    /**
     * Claims the run's place before anything starts: the directory can be written; with a reports directory also
     * its lock (a second run there is refused), a run id no earlier run has (an existing run is never overwritten)
     * and no run there of a newer result schema. Close it when the run and its reports are done.
     *
     * @throws IllegalArgumentException when the directory cannot be written, is locked by another run, holds a newer
     *     schema's run, or the run id exists (exit 2)
     */
    public AutoCloseable claim() {
        if (reportsDir == null) {
            RunPlaceChecks.requireWritable(runDir, "output directory");
            return () -> {};
        }
        RunPlaceChecks.requireWritable(reportsDir, "reports directory");
        ReportsLock lock = ReportsLock.acquire(reportsDir, runId);
        if (Files.exists(runDir, LinkOption.NOFOLLOW_LINKS)) {
            try {
                lock.close();
            } catch (IOException e) {
                // the refusal below is what matters; the OS drops the lock when the JVM exits anyway
            }
            throw new IllegalArgumentException("run id '" + runId + "' already exists in " + runDir
                    + ": an existing run is never overwritten; give another --run-id");
        }
        try {
            RunPlaceChecks.requireNoNewerSchema(reportsDir);
        } catch (IllegalArgumentException e) {
            try {
                lock.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return lock;
    }

    /** After a run into a reports directory: re-render the site (which also points reports/latest at it). */
    public void publish(Console console) throws IOException {
        if (reportsDir == null) {
            return;
        }
        PhaseHold.at(PhaseHold.Phase.REPORT_RENDERING);
        ReportSite.Summary summary = ReportSite.render(reportsDir);
        summary.problems().forEach(problem -> console.warn("reports: " + problem));
        console.info(
                "reports: %d run(s) rendered in %d ms: %s",
                summary.runs(), summary.millis(), reportsDir.resolve("index.html"));
    }
}
