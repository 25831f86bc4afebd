package dev.fsbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.HarnessProcess;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A RUNNING result is still running only while its own process lives on this host. */
class RunLivenessTest {

    private static final Instant T0 = Instant.parse("2026-11-30T19:00:00Z");

    private static RunResult ok() {
        return ResultFixtures.run("r", T0, "env", ResultFixtures.Shape.reference(1));
    }

    @Test
    void aRunThatEndedIsEnded() {
        assertThat(RunLiveness.of(ok()).state()).isEqualTo(RunLiveness.State.ENDED);
    }

    @Test
    void aRunningResultOfThisLiveProcessIsStillRunning() {
        RunLiveness liveness = RunLiveness.of(RunningResults.running(ok(), HarnessProcess.current()));

        assertThat(liveness.state()).isEqualTo(RunLiveness.State.RUNNING);
        assertThat(liveness.label()).isEqualTo("still running");
        assertThat(liveness.reason())
                .contains("harness process " + ProcessHandle.current().pid());
    }

    @Test
    void aRunningResultWhoseProcessIsGoneIsAbandoned() throws Exception {
        RunLiveness liveness = RunLiveness.of(RunningResults.running(ok(), RunningResults.deadProcess()));

        assertThat(liveness.state()).isEqualTo(RunLiveness.State.ABANDONED);
        assertThat(liveness.reason()).contains("is gone");
    }

    @Test
    void aReusedPidIsNotTakenForTheRun() {
        HarnessProcess self = HarnessProcess.current();
        HarnessProcess earlierOwnerOfThisPid = new HarnessProcess(
                self.pid(),
                self.host(),
                Instant.parse(self.processStartedAt()).minusSeconds(3600).toString());

        RunLiveness liveness = RunLiveness.of(RunningResults.running(ok(), earlierOwnerOfThisPid));

        assertThat(liveness.state()).isEqualTo(RunLiveness.State.ABANDONED);
        assertThat(liveness.reason()).contains("another process");
    }

    @Test
    void aRunOnAnotherHostOrWithoutAProcessCannotBeCheckedAndIsAbandoned() throws Exception {
        HarnessProcess self = HarnessProcess.current();
        RunResult elsewhere =
                RunningResults.running(ok(), new HarnessProcess(self.pid(), "build-agent-7", self.processStartedAt()));
        assertThat(RunLiveness.of(elsewhere).state()).isEqualTo(RunLiveness.State.ABANDONED);
        assertThat(RunLiveness.of(elsewhere).reason()).contains("build-agent-7");

        RunResult unnamed = ResultJson.read(
                ResultJson.tree(RunningResults.running(ok(), self)).deepCopy());
        unnamed = ResultFixtures.edit(unnamed, tree -> tree.remove("process"));
        assertThat(RunLiveness.of(unnamed).state()).isEqualTo(RunLiveness.State.ABANDONED);
    }
}
