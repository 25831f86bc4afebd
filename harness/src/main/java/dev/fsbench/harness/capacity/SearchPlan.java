package dev.fsbench.harness.capacity;

/**
 * How a {@link CapacitySearch} steps. The ramp multiplies the rate by {@code rampFactor} per step from
 * {@code startRate} up to {@code ceilingRate}; the refining ramp by {@code refineFactor}, which bounds how far
 * the answer can lie below the true capacity (1.1: within 10 %). A confirming run that fails steps down by
 * {@code refineFactor}, at most {@code maxStepDowns} times: as many as reach about 21 % below the rate found
 * (two x1.1 steps), whatever the precision, so a coarser search does not also search deeper.
 *
 * @param ceilingRate the highest rate the search may ask for: the lower of --max-rate and the generator's own
 *                    measured ceiling. Sustaining it means the ruler, not the engine, bounded the search.
 */
public record SearchPlan(long startRate, long ceilingRate, double rampFactor, double refineFactor, int maxStepDowns) {

    public static final double RAMP_FACTOR = 2.0;
    /** The default refining step as a share: written as 0.1 into results, not as 1.1 - 1. */
    public static final double PRECISION = 0.10;

    public static final double REFINE_FACTOR = 1 + PRECISION;
    public static final int MAX_STEP_DOWNS = 2;
    /** How far below the rate found the step-downs reach: two of the default x1.1 steps. */
    static final double STEP_DOWN_REACH = REFINE_FACTOR * REFINE_FACTOR;

    public SearchPlan {
        if (startRate <= 0 || ceilingRate <= 0) {
            throw new IllegalArgumentException(
                    "capacity search rates must be > 0, got start " + startRate + " and ceiling " + ceilingRate);
        }
        if (rampFactor <= 1 || refineFactor <= 1) {
            throw new IllegalArgumentException("rate steps must grow (factors > 1)");
        }
    }

    public static SearchPlan of(long startRate, long ceilingRate) {
        return of(startRate, ceilingRate, PRECISION);
    }

    /** @param precision the refining step as a share (0.10: steps of x1.1, an answer within 10 %) */
    public static SearchPlan of(long startRate, long ceilingRate, double precision) {
        int stepDowns = (int) Math.max(1, Math.round(Math.log(STEP_DOWN_REACH) / Math.log(1 + precision)));
        return new SearchPlan(Math.min(startRate, ceilingRate), ceilingRate, RAMP_FACTOR, 1 + precision, stepDowns);
    }

    /** The refining step as a share: what the search promises when nothing above its answer fails. */
    public double precision() {
        return refineFactor - 1;
    }
}
