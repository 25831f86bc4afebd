package dev.fsbench.harness.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.WindowSpec;
import dev.fsbench.harness.engine.VerificationMode;
import dev.fsbench.harness.generator.GroundTruth;
import org.junit.jupiter.api.Test;

class VerificationTest {

    @Test
    void notRunNamesTheEnginesModeAndWhyAndNeverPasses() {
        Verification conservation = Verification.notRun(VerificationMode.CONSERVATION, "interrupted");
        Verification exact = Verification.notRun(VerificationMode.EXACT, "the run did not complete");

        assertThat(conservation.mode()).isEqualTo("conservation");
        assertThat(exact.mode()).isEqualTo("exact");
        assertThat(conservation.passed()).isFalse();
        assertThat(conservation.windowsExpected()).isZero();
        assertThat(conservation.misassignmentRate()).isNull();
        assertThat(conservation.examples()).containsExactly("not verified: interrupted");
    }

    @Test
    void notRunUsesTheSameModeNamesAsTheVerifier() {
        for (VerificationMode mode : VerificationMode.values()) {
            Verification judged = mode == VerificationMode.EXACT
                    ? Verifier.verifyExact(new GroundTruth(WindowSpec.tumbling(1_000), 1), new ReceivedWindows(), 0)
                    : Verifier.verifyConservation(
                            new GroundTruth(WindowSpec.tumbling(1_000), 1),
                            new ReceivedWindows(),
                            new EventTimeIndex(1));
            assertThat(Verification.notRun(mode, "x").mode()).isEqualTo(judged.mode());
        }
    }
}
