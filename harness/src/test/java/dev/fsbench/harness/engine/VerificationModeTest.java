package dev.fsbench.harness.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.WindowSpec;
import dev.fsbench.harness.collector.ReceivedWindows;
import dev.fsbench.harness.collector.Verifier;
import dev.fsbench.harness.generator.EventTimeIndex;
import dev.fsbench.harness.generator.GroundTruth;
import dev.fsbench.results.Verification;
import org.junit.jupiter.api.Test;

class VerificationModeTest {

    @Test
    void notRunNamesTheEnginesModeAndWhyAndNeverPasses() {
        Verification conservation = VerificationMode.CONSERVATION.notRun("interrupted");
        Verification exact = VerificationMode.EXACT.notRun("the run did not complete");

        assertThat(conservation.mode()).isEqualTo("conservation");
        assertThat(exact.mode()).isEqualTo("exact");
        assertThat(conservation.verified()).isFalse();
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
            assertThat(mode.notRun("x").mode()).isEqualTo(judged.mode()).isEqualTo(mode.resultName());
        }
    }
}
