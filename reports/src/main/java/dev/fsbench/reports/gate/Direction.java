package dev.fsbench.reports.gate;

public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** Positive when {@code current} is worse than {@code baseline}. */
    public double worsening(double baseline, double current) {
        return this == HIGHER_IS_BETTER ? baseline - current : current - baseline;
    }
}
