package dev.fsbench.harness.run;

import dev.fsbench.reports.site.ReportSite;
import java.io.IOException;
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

    /** After a run into a reports directory: re-render the site (which also points reports/latest at it). */
    public void publish(Console console) throws IOException {
        if (reportsDir == null) {
            return;
        }
        ReportSite.Summary summary = ReportSite.render(reportsDir);
        summary.problems().forEach(problem -> console.warn("reports: " + problem));
        console.info(
                "reports: %d run(s) rendered in %d ms: %s",
                summary.runs(), summary.millis(), reportsDir.resolve("index.html"));
    }
}
