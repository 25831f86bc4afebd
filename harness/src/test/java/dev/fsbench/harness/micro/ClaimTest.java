package dev.fsbench.harness.micro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fsbench.results.Claim;
import dev.fsbench.results.Claim.Verdict;
import org.junit.jupiter.api.Test;

class ClaimTest {

    @Test
    void ratioErrorsAddInQuadrature() {
        Measure ratio = new Measure(10, 1, false).over(new Measure(5, 0.5, false));

        assertThat(ratio.value()).isEqualTo(2.0);
        assertThat(ratio.error()).isCloseTo(2.0 * Math.hypot(0.1, 0.1), within(1e-12));
        assertThat(ratio.noisy()).isFalse();
    }

    @Test
    void noisyMeansUnknownErrorOrMoreThanTenPercent() {
        assertThat(Measure.isNoisy(100, null)).isTrue();
        assertThat(Measure.isNoisy(100, 10.5)).isTrue();
        assertThat(Measure.isNoisy(100, 9.9)).isFalse();
        assertThat(Measure.of(100, 50.0).over(Measure.exact(2)).noisy()).isTrue();
    }

    @Test
    void aRatioWellAboveTheClaimConfirmsIt() {
        Claim claim = ClaimRule.evaluate("Kryo faster", "guide", "m", 10.0, new Measure(18.9, 2.1, false));

        assertThat(claim.verdict()).isEqualTo(Verdict.confirmed);
        assertThat(claim.measuredRatio()).isEqualTo(18.9);
    }

    @Test
    void halfwayOnALogScaleIsEnoughToConfirm() {
        // sqrt(4) = 2: a 2.5x +- 0.3x speed-up supports "about 4x"; 1.5x +- 0.2x does not.
        assertThat(ClaimRule.evaluate("c", "s", "m", 4.0, new Measure(2.5, 0.3, false))
                        .verdict())
                .isEqualTo(Verdict.confirmed);
        assertThat(ClaimRule.evaluate("c", "s", "m", 4.0, new Measure(1.5, 0.2, false))
                        .verdict())
                .isEqualTo(Verdict.refuted);
    }

    @Test
    void theOppositeDirectionRefutes() {
        assertThat(ClaimRule.evaluate("c", "s", "m", 1.4, new Measure(0.8, 0.05, false))
                        .verdict())
                .isEqualTo(Verdict.refuted);
        assertThat(ClaimRule.evaluate("c", "s", "m", null, new Measure(0.9, 0.05, false))
                        .verdict())
                .isEqualTo(Verdict.refuted);
    }

    @Test
    void anIntervalStraddlingTheThresholdIsInconclusive() {
        assertThat(ClaimRule.evaluate("c", "s", "m", 4.0, new Measure(2.0, 1.5, false))
                        .verdict())
                .isEqualTo(Verdict.inconclusive);
    }

    @Test
    void noisyInputsAreNeverAVerdict() {
        Claim claim = ClaimRule.evaluate("c", "s", "m", 10.0, new Measure(50, 1, true));

        assertThat(claim.verdict()).isEqualTo(Verdict.inconclusive);
        assertThat(claim.noisy()).isTrue();
    }
}
