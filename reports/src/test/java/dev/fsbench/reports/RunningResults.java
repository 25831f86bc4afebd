package dev.fsbench.reports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fsbench.results.HarnessProcess;
import dev.fsbench.results.RunResult;

/** Results of runs that have not ended, as the harness writes them (RunJournal), for the reports' tests. */
public final class RunningResults {
    private RunningResults() {}

    /** A result as the harness writes it while the run goes: RUNNING, no finishedAt, the writing process named. */
    public static RunResult running(RunResult result, HarnessProcess process) {
        return ResultFixtures.edit(result, tree -> {
            tree.put("status", "RUNNING");
            tree.remove("finishedAt");
            ObjectNode p = tree.putObject("process");
            p.put("pid", process.pid());
            p.put("host", process.host());
            if (process.processStartedAt() != null) {
                p.put("processStartedAt", process.processStartedAt());
            }
        });
    }

    /** A process that ran and exited: its pid and start time, as a killed harness leaves them. */
    public static HarnessProcess deadProcess() throws Exception {
        Process p = new ProcessBuilder("true").start();
        String started = HarnessProcess.startOf(p.toHandle());
        p.waitFor();
        return new HarnessProcess(p.pid(), HarnessProcess.localHost(), started);
    }
}
