package dev.fsbench.reports.cli;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.RunStore;
import dev.fsbench.reports.site.ReportSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench report}: (re)renders the index, every run page and the trend pages from the run history. */
@Command(
        name = "report",
        header = "Renders the HTML reports from the run history.",
        mixinStandardHelpOptions = true,
        description =
                "Renders reports/index.html, runs/<runId>/index.html and trends-<env>.html from runs/*/result.json.")
public final class ReportCommand implements Callable<Integer> {

    @Option(
            names = "--reports",
            defaultValue = "reports",
            paramLabel = "<dir>",
            description = "Reports directory (default: ${DEFAULT-VALUE}).")
    Path reportsDir;

    @Option(
            names = "--add",
            paramLabel = "<result.json>",
            description = "Archive these result files into the history first (never overwrites a different run).")
    List<Path> add = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            RunStore store = new RunStore(reportsDir);
            for (Path file : add) {
                RunRecord run = store.archive(file);
                out.println("archived " + run.runId() + " -> " + run.dir().resolve(RunStore.RESULT_FILE));
            }
            ReportSite.Summary summary = ReportSite.render(reportsDir);
            summary.problems().forEach(p -> err.println("report: " + p));
            out.printf(
                    "rendered %d run(s): %d page(s) written, %d run page(s) already up to date, in %d ms: %s%n",
                    summary.runs(),
                    summary.pages().size(),
                    summary.reusedRunPages(),
                    summary.millis(),
                    reportsDir.resolve("index.html"));
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("report: " + e.getMessage());
            return 2;
        }
    }
}
