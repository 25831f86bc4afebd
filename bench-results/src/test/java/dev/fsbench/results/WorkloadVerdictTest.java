package dev.fsbench.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadVerdictTest {

    private static Verification verification(Boolean passed, long missing) {
        return new Verification(
                Verification.CONSERVATION,
                passed,
                10,
                10 - missing,
                missing,
                0,
                0,
                0,
                0,
                50,
                50,
                0.01,
                List.of("w1 missing"));
    }

    private static WorkloadResult workload(RunStatus status, String reason, Verification verification) {
        return WorkloadResult.builder("spark-dstream", "cli")
                .status(status, reason)
                .verification(verification)
                .build();
    }

    @Test
    void passesOnlyWhenVerifiedAndOk() {
        assertThat(workload(RunStatus.OK, null, verification(true, 0)).verdict())
                .isEqualTo(new WorkloadVerdict(WorkloadVerdict.Outcome.PASSED, null));
    }

    @Test
    void failedVerificationSaysWhy() {
        WorkloadVerdict verdict =
                workload(RunStatus.OK, null, verification(false, 1)).verdict();
        assertThat(verdict.outcome()).isEqualTo(WorkloadVerdict.Outcome.FAILED);
        assertThat(verdict.reason()).isEqualTo("verification failed: w1 missing");
    }

    @Test
    void aFailedOrInterruptedWorkloadFailsWithItsReasonEvenIfItsWindowsVerified() {
        WorkloadVerdict verdict = workload(RunStatus.INCOMPLETE, "interrupted", verification(true, 0))
                .verdict();
        assertThat(verdict.outcome()).isEqualTo(WorkloadVerdict.Outcome.FAILED);
        assertThat(verdict.reason()).isEqualTo("interrupted");
    }

    @Test
    void withoutVerificationNothingIsKnown() {
        WorkloadVerdict verdict =
                workload(RunStatus.FAILED, "engine exited with 1", null).verdict();
        assertThat(verdict.outcome()).isEqualTo(WorkloadVerdict.Outcome.NOT_VERIFIED);
        assertThat(verdict.reason()).isEqualTo("engine exited with 1");
    }

    @Test
    void resultsOlderThanPassedAreJudgedByTheirCounts() {
        assertThat(workload(RunStatus.OK, null, verification(null, 0)).verdict().passed())
                .isTrue();
        assertThat(workload(RunStatus.OK, null, verification(null, 2)).verdict().passed())
                .isFalse();
    }

    @Test
    void notRunKeepsTheModeAndSaysWhy() {
        Verification notRun = Verification.notRun(Verification.CONSERVATION, "the engine crashed");
        assertThat(notRun.mode()).isEqualTo("conservation");
        assertThat(notRun.verified()).isFalse();
        assertThat(notRun.examples()).containsExactly("not verified: the engine crashed");
    }
}
