package dev.fsbench.harness.experiment;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The ratio of two variants' run-level figures with a confidence interval: Welch's t interval on the difference of
 * the logarithms' means, exponentiated. The ratio is then that of the geometric means.
 *
 * <p>Why Welch on logs and not a bootstrap: an experiment has 2 to 5 runs a side, and a percentile bootstrap of so
 * few figures has a handful of distinct resamples and an interval known to be too narrow; Welch's t widens with
 * the few degrees of freedom (honestly wide at 2 runs) and does not assume the variants are equally noisy (a
 * throttled or contended variant is noisier). Logs make the interval of a ratio symmetric in "x times faster" and
 * "x times slower", and cost, latency and throughput figures are positive and roughly log-normal across runs.
 */
public final class WelchLogRatio {

    /** The interval's confidence: 95%, two-sided. */
    public static final double CONFIDENCE = 0.95;

    /** How result.json names the method. */
    public static final String METHOD = "welch-log-95";

    private WelchLogRatio() {}

    /**
     * @param ratio the ratio of geometric means, numerator / denominator
     * @param low   lower end of its 95% interval
     * @param high  upper end of it
     */
    public record Interval(double ratio, double low, double high) {}

    /**
     * numerator / denominator with its interval; the figures must be positive and at least two a side.
     *
     * @throws IllegalArgumentException for fewer than two figures a side or a figure that is not positive
     */
    public static Interval of(List<Double> numerator, List<Double> denominator) {
        SummaryStatistics top = logs(numerator);
        SummaryStatistics bottom = logs(denominator);
        double difference = top.getMean() - bottom.getMean();
        double a = top.getVariance() / top.getN();
        double b = bottom.getVariance() / bottom.getN();
        double standardError = Math.sqrt(a + b);
        if (standardError == 0) {
            // identical figures on each side (e.g. exact counts): the ratio is exact
            double ratio = Math.exp(difference);
            return new Interval(ratio, ratio, ratio);
        }
        // Welch-Satterthwaite degrees of freedom
        double degrees = (a + b) * (a + b) / (a * a / (top.getN() - 1) + b * b / (bottom.getN() - 1));
        double t = new TDistribution(degrees).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
        return new Interval(
                Math.exp(difference),
                Math.exp(difference - t * standardError),
                Math.exp(difference + t * standardError));
    }

    private static SummaryStatistics logs(List<Double> figures) {
        if (figures.size() < 2) {
            throw new IllegalArgumentException("an interval needs at least two figures a side, got " + figures.size());
        }
        SummaryStatistics logs = new SummaryStatistics();
        for (Double figure : figures) {
            if (figure == null || !(figure > 0) || !Double.isFinite(figure)) {
                throw new IllegalArgumentException("a figure of " + figure + " has no logarithm");
            }
            logs.addValue(Math.log(figure));
        }
        return logs;
    }
}
