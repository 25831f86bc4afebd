package dev.fsbench.results;

/**
 * One claim (a tuning guide's, a blog's, an experiment's) checked against this run. The ratio is oriented so
 * that the claimed direction is above 1; {@link ClaimedEffect} holds the rule that gives the verdict.
 *
 * @param expectedRatio      the claimed size, null for a direction-only claim ("faster", "less garbage")
 * @param bandLow            lower edge of the band that confirms the claimed size (null: direction only, or
 *                           schema 1-2)
 * @param bandHigh           upper edge of that band
 * @param minimumEffect      the smallest relative effect that counts (0.05: within 5% is no effect)
 * @param measuredRatio      the measured ratio (point estimate)
 * @param measuredRatioError schema 1-2 only: half-width of the ratio's interval (now {@code ratioLow..ratioHigh})
 * @param ratioLow           lower end of the measured ratio's interval (equal to the ratio for exact figures)
 * @param ratioHigh          upper end of that interval
 * @param noisy              an input figure was noisy (error above 10% of its score or unknown): inconclusive
 * @param alsoMeasured       the same ratio on a setup the verdict does not rest on (e.g. Java serialization with
 *                           a new stream per record), shown beside the judged one; null if none
 */
public record Claim(
        String claim,
        String source,
        String metric,
        Double expectedRatio,
        Double bandLow,
        Double bandHigh,
        Double minimumEffect,
        Double measuredRatio,
        Double measuredRatioError,
        Double ratioLow,
        Double ratioHigh,
        ClaimVerdict verdict,
        boolean noisy,
        AlsoMeasured alsoMeasured) {

    /** A claim as schemas 1 and 2 recorded it: ratio +- error, no interval, band or minimum effect. */
    public Claim(
            String claim,
            String source,
            String metric,
            Double expectedRatio,
            Double measuredRatio,
            Double measuredRatioError,
            ClaimVerdict verdict,
            boolean noisy) {
        this(
                claim,
                source,
                metric,
                expectedRatio,
                null,
                null,
                null,
                measuredRatio,
                measuredRatioError,
                null,
                null,
                verdict,
                noisy,
                null);
    }

    /**
     * A ratio measured on another setup, shown, not judged.
     *
     * @param metric    what was divided by what, on that setup
     * @param ratio     the measured ratio
     * @param ratioLow  lower end of its interval
     * @param ratioHigh upper end of its interval
     * @param noisy     an input figure was noisy
     */
    public record AlsoMeasured(String metric, Double ratio, Double ratioLow, Double ratioHigh, boolean noisy) {}
}
