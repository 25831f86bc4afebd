package dev.fsbench.reports.gate;

import dev.fsbench.api.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The regression gate as a CI step runs it ({@code bench compare}, and {@code bench suite --baseline}): compares,
 * prints the Markdown summary, keeps a copy of it if asked, and says how to exit.
 *
 * @param markdown where to write the Markdown summary too (e.g. $GITHUB_STEP_SUMMARY); null for nowhere
 */
public record GateCheck(Path reportsDir, String baseline, String current, int historyRuns, Path markdown) {

    /**
     * 0: no regression; 1: a headline metric or a correctness check regressed; 2: the runs are missing, unreadable
     * or incomparable (other setup, contended baseline); 3: no headline metric could be judged (says why on err).
     */
    public int run(PrintWriter out, PrintWriter err) {
        ComparisonReport report;
        try {
            report = RegressionGate.compare(reportsDir, baseline, current, historyRuns);
        } catch (IOException | IllegalArgumentException e) {
            err.println("compare: " + e.getMessage());
            err.flush();
            return 2;
        }
        String md = MarkdownSummary.render(report);
        if (RegressionGate.HISTORY.equals(baseline)) {
            md += ChangePointSummary.markdown(reportsDir, report.currentRunId());
        }
        out.print(md);
        out.flush();
        if (markdown != null) {
            try {
                AtomicFiles.write(markdown, md);
            } catch (IOException e) {
                err.println("compare: cannot write " + markdown + ": " + e.getMessage());
                err.flush();
                return 2;
            }
        }
        if (report.exitCode() == ComparisonReport.CANNOT_JUDGE) {
            err.println("compare: cannot judge: " + report.cannotJudgeReason());
            err.flush();
        }
        return report.exitCode();
    }
}
