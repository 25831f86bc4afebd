package dev.fsbench.harness.sustain;

import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A least-squares line through a per-second series (commons-math3): its slope per second and how sure it is
 * that the slope is not zero.
 *
 * @param slopePerSecond the series' growth per second of wall time
 * @param significance   two-sided p-value of the slope's t-test (small: a real trend, not jitter)
 * @param seconds        how many points the line went through
 */
record Trend(double slopePerSecond, double significance, int seconds) {

    /** Fewer points than this say nothing about a trend. */
    static final int MIN_SECONDS = 5;

    /** @return null with fewer than {@link #MIN_SECONDS} points */
    static Trend of(List<double[]> timeMsAndValue) {
        if (timeMsAndValue.size() < MIN_SECONDS) {
            return null;
        }
        SimpleRegression regression = new SimpleRegression();
        for (double[] point : timeMsAndValue) {
            regression.addData(point[0] / 1000.0, point[1]);
        }
        double slope = regression.getSlope();
        double significance = regression.getSignificance();
        // a perfectly straight line has no residual: its slope is certain (commons-math gives NaN there)
        return new Trend(
                slope, Double.isNaN(significance) ? (slope == 0 ? 1 : 0) : significance, timeMsAndValue.size());
    }

    /** Rising faster than {@code slopeBound} per second, and significantly so. */
    boolean risesFasterThan(double slopeBound) {
        return slopePerSecond > slopeBound && significance < SustainRule.TREND_SIGNIFICANCE;
    }
}
