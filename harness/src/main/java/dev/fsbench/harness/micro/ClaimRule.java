package dev.fsbench.harness.micro;

import dev.fsbench.results.Claim;
import dev.fsbench.results.Claim.Verdict;

/** The verdict rule for a claim against a measured ratio. */
final class ClaimRule {

    /**
     * Smallest ratio a direction-only claim needs: an effect under 10% is no effect worth claiming.
     */
    static final double DIRECTION_THRESHOLD = 1.10;

    private ClaimRule() {}

    /**
     * The threshold is halfway on a log scale between "no effect" (1x) and the claimed ratio, i.e. its square
     * root (10x -> 3.16x, 4x -> 2x, 1.4x -> 1.18x), or {@value #DIRECTION_THRESHOLD} for direction-only claims.
     * Confirmed when the whole interval (ratio +- error) is at or above the threshold, refuted when it is below,
     * inconclusive when it straddles it or when any input is noisy or missing.
     */
    static Claim evaluate(String claim, String source, String metric, Double expectedRatio, Measure measured) {
        if (measured == null || !Double.isFinite(measured.value())) {
            return new Claim(claim, source, metric, expectedRatio, null, null, Verdict.inconclusive, true);
        }
        Double error = Double.isFinite(measured.error()) ? measured.error() : null;
        Verdict verdict;
        if (measured.noisy() || error == null) {
            verdict = Verdict.inconclusive;
        } else {
            double threshold = expectedRatio == null ? DIRECTION_THRESHOLD : Math.sqrt(expectedRatio);
            if (measured.value() - error >= threshold) {
                verdict = Verdict.confirmed;
            } else if (measured.value() + error < threshold) {
                verdict = Verdict.refuted;
            } else {
                verdict = Verdict.inconclusive;
            }
        }
        return new Claim(
                claim,
                source,
                metric,
                expectedRatio,
                measured.value(),
                error,
                verdict,
                measured.noisy() || error == null);
    }
}
