package dev.fsbench.results;

/**
 * What a claim states, and the rule that judges a measured ratio against it. The ratio is oriented so that the
 * claimed direction is above 1 (slower / faster for "faster", before / after for "cuts").
 *
 * <p>Zones of the ratio: <em>refuted</em> below 1/(1+m) (an effect the other way of at least the minimum effect,
 * the mirror of a direction-only claim's confirmation above 1+m), <em>no effect</em> within the minimum effect of 1
 * (1/(1+m) to 1+m), <em>weaker</em> between 1 and the band, the <em>band</em> around the
 * claimed size (inclusive), <em>stronger</em> above it. The verdict is the zone that holds the whole interval:
 * no-effect takes precedence over refuted and weaker (an effect smaller than the minimum is no effect); an
 * interval across a zone boundary is inconclusive. A direction-only claim ({@code size} null: "faster") has no
 * band and no weaker or stronger: it is confirmed when the whole interval lies above 1+m.
 *
 * @param size          the claimed ratio, or null for a direction-only claim
 * @param bandLow       lower edge of the band that confirms a sized claim (null without a size)
 * @param bandHigh      upper edge of that band (null without a size)
 * @param minimumEffect the smallest relative effect that counts, e.g. 0.05: ratios within 1/(1+m) .. 1+m are no
 *                      effect
 */
public record ClaimedEffect(Double size, Double bandLow, Double bandHigh, double minimumEffect) {

    /** The minimum effect the harness states for its claims: 5%. */
    public static final double DEFAULT_MINIMUM_EFFECT = 0.05;

    /** The widest band: a sized claim is confirmed within a factor 1.5 of its size (either way). */
    public static final double MAX_BAND_FACTOR = 1.5;

    public ClaimedEffect {
        if (!(minimumEffect >= 0) || !Double.isFinite(minimumEffect)) {
            throw new IllegalArgumentException("minimum effect must be a finite number >= 0, was " + minimumEffect);
        }
        if (size == null) {
            if (bandLow != null || bandHigh != null) {
                throw new IllegalArgumentException("a direction-only claim has no band");
            }
        } else if (bandLow == null || bandHigh == null || !(bandLow <= size && size <= bandHigh)) {
            throw new IllegalArgumentException(
                    "the band [" + bandLow + ", " + bandHigh + "] must hold the claimed size " + size);
        } else if (!(bandLow > 1 + minimumEffect)) {
            throw new IllegalArgumentException("the band's lower edge " + bandLow
                    + " must lie above the minimum effect (" + (1 + minimumEffect) + "): orient the ratio so the "
                    + "claim is above 1, or state a smaller minimum effect");
        }
    }

    /**
     * "About {@code size}x": the band is the size times/divided by a factor, 1.5 or, for small claims, the
     * square root of the size (halfway between no effect and the claim on a log scale: 1.4x -> 1.18 .. 1.66);
     * minimum effect 5%.
     */
    public static ClaimedEffect about(double size) {
        double factor = Math.min(MAX_BAND_FACTOR, Math.sqrt(size));
        return new ClaimedEffect(size, size / factor, size * factor, DEFAULT_MINIMUM_EFFECT);
    }

    /** A direction only ("faster", "cuts allocation"), minimum effect 5%. */
    public static ClaimedEffect direction() {
        return new ClaimedEffect(null, null, null, DEFAULT_MINIMUM_EFFECT);
    }

    /**
     * The verdict for a measured ratio interval {@code [low, high]} (the same value twice for an exact figure);
     * null or non-finite bounds are inconclusive.
     */
    public ClaimVerdict judge(Double low, Double high) {
        if (low == null || high == null || !Double.isFinite(low) || !Double.isFinite(high)) {
            return ClaimVerdict.INCONCLUSIVE;
        }
        if (low > high) {
            throw new IllegalArgumentException("interval [" + low + ", " + high + "] is reversed");
        }
        double noEffectHigh = 1 + minimumEffect;
        if (size != null && low >= bandLow && high <= bandHigh) {
            return ClaimVerdict.CONFIRMED;
        }
        if (size != null && low > bandHigh) {
            return ClaimVerdict.STRONGER_THAN_CLAIMED;
        }
        if (size == null && low > noEffectHigh) {
            return ClaimVerdict.CONFIRMED;
        }
        if (low >= 1 / noEffectHigh && high <= noEffectHigh) {
            return ClaimVerdict.NO_EFFECT;
        }
        // the mirror of confirmation: an effect the other way counts only beyond the minimum effect, so two
        // identical variants whose interval happens to exclude 1 by a hair are inconclusive, not refuted
        if (high < 1 / noEffectHigh) {
            return ClaimVerdict.REFUTED;
        }
        if (size != null && low > 1 && high < bandLow) {
            return ClaimVerdict.WEAKER_THAN_CLAIMED;
        }
        return ClaimVerdict.INCONCLUSIVE;
    }
}
