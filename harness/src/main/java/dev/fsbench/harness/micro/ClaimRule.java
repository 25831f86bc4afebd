package dev.fsbench.harness.micro;

import dev.fsbench.results.Claim;
import dev.fsbench.results.ClaimVerdict;
import dev.fsbench.results.ClaimedEffect;

/**
 * A claim's record from its measured ratio: the verdict is {@link ClaimedEffect#judge} on the ratio's interval,
 * except that a noisy input (JMH error above 10% of its score, or unknown) is never a result: inconclusive, with
 * the ratio and its interval still shown.
 */
final class ClaimRule {

    private ClaimRule() {}

    static Claim evaluate(
            String claim,
            String source,
            String metric,
            ClaimedEffect effect,
            Measure.Ratio measured,
            Claim.AlsoMeasured alsoMeasured) {
        Double low = finite(measured.low());
        Double high = finite(measured.high());
        ClaimVerdict verdict = measured.noisy() ? ClaimVerdict.INCONCLUSIVE : effect.judge(low, high);
        return new Claim(
                claim,
                source,
                metric,
                effect.size(),
                effect.bandLow(),
                effect.bandHigh(),
                effect.minimumEffect(),
                finite(measured.value()),
                null,
                low,
                high,
                verdict,
                measured.noisy() || low == null || high == null,
                alsoMeasured);
    }

    /** The same ratio on a setup the verdict does not rest on, to show beside it. */
    static Claim.AlsoMeasured alsoMeasured(String metric, Measure.Ratio measured) {
        return new Claim.AlsoMeasured(
                metric, finite(measured.value()), finite(measured.low()), finite(measured.high()), measured.noisy());
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
