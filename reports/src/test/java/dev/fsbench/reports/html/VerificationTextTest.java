package dev.fsbench.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.Verification;
import dev.fsbench.results.WorkloadVerdict;
import dev.fsbench.results.WorkloadVerdict.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationTextTest {

    private static final WorkloadVerdict PASSED = new WorkloadVerdict(Outcome.PASSED, null);
    private static final WorkloadVerdict FAILED = new WorkloadVerdict(Outcome.FAILED, "verification failed");

    @Test
    void briefNamesTheVerdictAndTheMode() {
        Verification exact = verification(Verification.EXACT, 10, 10, 0, null);
        Verification conservation = verification(Verification.CONSERVATION, 10, 9, 1, 0.25);

        assertThat(VerificationText.brief(PASSED, exact)).isEqualTo("passed (exact)");
        assertThat(VerificationText.brief(FAILED, conservation)).isEqualTo("FAILED (conservation)");
        assertThat(VerificationText.brief(new WorkloadVerdict(Outcome.NOT_VERIFIED, "x"), null))
                .isEqualTo("not verified");
    }

    @Test
    void fullListsOnlyTheKindsOfBadWindowsThatOccurred() {
        assertThat(VerificationText.full(verification(Verification.EXACT, 10, 10, 0, null)))
                .isEqualTo("exact: 10/10 windows correct; events 40/40");
        assertThat(VerificationText.full(verification(Verification.CONSERVATION, 10, 9, 1, 0.25)))
                .isEqualTo("conservation: 9/10 windows correct, 1 missing; events 40/40; misassigned 25.0%");
        assertThat(VerificationText.full(null)).isEqualTo("not verified");
    }

    @Test
    void cssClassFollowsTheOutcome() {
        assertThat(VerificationText.cssClass(PASSED)).isEqualTo("ok");
        assertThat(VerificationText.cssClass(FAILED)).isEqualTo("failed");
        assertThat(VerificationText.cssClass(new WorkloadVerdict(Outcome.NOT_VERIFIED, "x")))
                .isEqualTo("incomplete");
    }

    private static Verification verification(
            String mode, long expected, long correct, long missing, Double misassignment) {
        return new Verification(
                mode, missing == 0, expected, correct, missing, 0, 0, 0, 0, 40, 40, misassignment, List.of());
    }
}
