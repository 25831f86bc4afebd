package dev.fsbench.reports.cli;

import dev.fsbench.reports.gate.GateCheck;
import dev.fsbench.reports.gate.RegressionGate;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench compare}: the CI regression gate. Exit 0 = pass, 1 = regression, 2 = cannot compare, 3 = cannot
 * judge.
 */
@Command(
        name = "compare",
        header = "Regression gate: compares a run with a baseline.",
        mixinStandardHelpOptions = true,
        description = "Compares a run with a baseline run or with the history of its setup and exits 1 when a "
                + "headline metric (processed throughput, latency p50/p99, CPU per million events, allocation per "
                + "event, capacity) got worse by more than 5%% beyond its noise, or a correctness check got worse. "
                + "The headline metrics of one comparison share a 5%% false-alarm budget; other metrics are "
                + "reported, not gating. See docs/gate.md.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:no regression",
            "1:a headline metric or a correctness check regressed (wins over 3)",
            "2:bad input: runs missing or unreadable, different setups, a contended baseline",
            "3:cannot judge: no headline metric could be judged (the message says what is missing)"
        })
public final class CompareCommand implements Callable<Integer> {

    @Option(
            names = "--baseline",
            required = true,
            paramLabel = "<runId|history>",
            description = "A run id, or 'history': the up to --history-runs earlier runs of the same environment.")
    String baseline;

    @Option(
            names = "--current",
            defaultValue = RegressionGate.LATEST,
            paramLabel = "<runId|latest>",
            description = "The run to judge (default: ${DEFAULT-VALUE}, the newest run).")
    String current;

    @Option(
            names = "--reports",
            defaultValue = "reports",
            paramLabel = "<dir>",
            description = "Reports directory holding runs/<runId>/result.json (default: ${DEFAULT-VALUE}).")
    Path reportsDir;

    @Option(
            names = "--markdown",
            paramLabel = "<file>",
            description = "Also write the Markdown summary here (e.g. $GITHUB_STEP_SUMMARY or a PR comment file).")
    Path markdown;

    @Option(
            names = "--history-runs",
            defaultValue = "" + RegressionGate.DEFAULT_HISTORY_RUNS,
            paramLabel = "<n>",
            description = "How many earlier runs a 'history' baseline pools (default: ${DEFAULT-VALUE}).")
    int historyRuns;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return new GateCheck(reportsDir, baseline, current, historyRuns, markdown)
                .run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
