package dev.fsbench.reports.gate;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * How far a timed metric moved, and how sure the data are, on a log scale (latency percentiles and costs are
 * heavy-tailed and multiplicative; a log-ratio treats a 15 % rise of 200 ms and of 5 s alike).
 *
 * <p>Each run's repeats are averaged (the log of their geometric mean): runs, not repeats, are the samples of a
 * history. The change is the current run's mean minus the mean of the baseline runs' means. Its noise comes from
 * the level that varies between runs:
 * <ul>
 *   <li>the spread between runs (the baseline runs' means; {@code h - 1} degrees of freedom), once a history has
 *       {@link GatePolicy#RUNS_FOR_BETWEEN_RUN_NOISE} runs, or when there are no repeats at all;</li>
 *   <li>the spread between repeats within runs, pooled over every run of both sides: a lower bound of the
 *       between-run noise, the only one one run against one run has. What it misses (the run's own
 *       circumstances) is covered by the minimum effect the tests are run against.</li>
 * </ul>
 * With both, the larger standard error decides.
 *
 * @param logChange  current minus baseline, natural log (0.14 = 15 % higher)
 * @param worsening  {@code logChange} signed so that positive is worse for this metric
 * @param standardError of {@code logChange}
 * @param degreesOfFreedom of the noise estimate
 * @param noise      where the noise estimate came from, in words
 * @param repeatSpread the standard deviation between repeats of one run, natural log, pooled over both sides' runs
 *                   (NaN without repeats): the smallest run-to-run difference the repeats themselves produce
 * @param repeatDegreesOfFreedom of {@code repeatSpread} (0 without repeats)
 */
public record ShiftTest(
        double logChange,
        double worsening,
        double standardError,
        double degreesOfFreedom,
        String noise,
        double repeatSpread,
        int repeatDegreesOfFreedom) {

    /**
     * @return null when the noise cannot be estimated (one run of one repeat on each side) or a value is not
     *     positive (no log scale)
     */
    public static ShiftTest of(Observation baseline, Observation current) {
        if (!allPositive(baseline.samples()) || !allPositive(current.samples())) {
            return null;
        }
        double[] baselineMeans = runMeans(baseline);
        double[] currentMeans = runMeans(current);
        double change = StatUtils.mean(currentMeans) - StatUtils.mean(baselineMeans);
        double worsening = current.direction() == Direction.HIGHER_IS_BETTER ? -change : change;
        int h = baselineMeans.length;
        int c = currentMeans.length;

        double withinSs = 0;
        int withinDf = 0;
        for (Observation side : new Observation[] {baseline, current}) {
            for (int run = 0; run < side.runs(); run++) {
                double[] logs = logs(side.runSamples(run));
                double mean = StatUtils.mean(logs);
                for (double y : logs) {
                    withinSs += (y - mean) * (y - mean);
                }
                withinDf += logs.length - 1;
            }
        }
        double withinSe = Double.NaN;
        double spread = withinDf > 0 ? Math.sqrt(withinSs / withinDf) : Double.NaN;
        if (withinDf > 0) {
            double variance = withinSs / withinDf;
            withinSe = Math.sqrt(variance
                    * (sumOfInverseSizes(current) / (c * (double) c) + sumOfInverseSizes(baseline) / (h * (double) h)));
        }
        double betweenSe = Double.NaN;
        if (h >= 2) {
            // a run mean's variance, from the baseline runs' means; the current run is one more such mean
            betweenSe = Math.sqrt(StatUtils.variance(baselineMeans) * (1.0 / c + 1.0 / h));
        }
        boolean betweenTrusted = h >= GatePolicy.RUNS_FOR_BETWEEN_RUN_NOISE || withinDf == 0;
        if (!Double.isNaN(betweenSe) && betweenTrusted && (Double.isNaN(withinSe) || betweenSe >= withinSe)) {
            return new ShiftTest(
                    change, worsening, betweenSe, h - 1, "spread between " + h + " runs", spread, withinDf);
        }
        if (!Double.isNaN(withinSe)) {
            return new ShiftTest(
                    change,
                    worsening,
                    withinSe,
                    withinDf,
                    "spread between repeats (" + (withinDf + baseline.runs() + current.runs()) + " in "
                            + (baseline.runs() + current.runs()) + " runs)",
                    spread,
                    withinDf);
        }
        return null;
    }

    /**
     * The smallest change this metric is judged against: {@link GatePolicy#MIN_EFFECT}, widened to
     * {@link GatePolicy#SPREAD_MARGIN} standard deviations between the metric's own repeats when that is larger. A figure whose fresh JVMs already disagree
     * by 15 % moves by that much between runs for reasons the repeats of one run cannot show (docs/gate.md
     * measures it on the corpus: Structured Streaming's latency and allocation vary 2 to 2.5 times more between
     * runs than their repeats predict), so a 5 % margin would turn that into false alarms.
     */
    public double minEffect() {
        if (Double.isNaN(repeatSpread)) {
            return GatePolicy.MIN_EFFECT;
        }
        return Math.max(GatePolicy.MIN_EFFECT, Math.expm1(GatePolicy.SPREAD_MARGIN * repeatSpread));
    }

    /** One-sided p-value of "worse by at most {@code minEffect}" (e.g. 0.05: by at most 5 %). */
    public double pWorseBeyond(double minEffect) {
        return pBeyond(worsening, minEffect);
    }

    /** One-sided p-value of "better by at most {@code minEffect}". */
    public double pBetterBeyond(double minEffect) {
        return pBeyond(-worsening, minEffect);
    }

    /** The relative change, e.g. 0.15 for 15 % higher. */
    public double relativeChange() {
        return Math.expm1(logChange);
    }

    private double pBeyond(double shift, double minEffect) {
        double margin = Math.log1p(minEffect);
        if (standardError == 0) {
            return shift > margin ? 0 : 1;
        }
        double t = (shift - margin) / standardError;
        return 1 - new TDistribution(null, degreesOfFreedom).cumulativeProbability(t);
    }

    private static double[] runMeans(Observation o) {
        double[] means = new double[o.runs()];
        for (int run = 0; run < means.length; run++) {
            means[run] = StatUtils.mean(logs(o.runSamples(run)));
        }
        return means;
    }

    private static double sumOfInverseSizes(Observation o) {
        double sum = 0;
        for (int run = 0; run < o.runs(); run++) {
            sum += 1.0 / o.runSamples(run).length;
        }
        return sum;
    }

    private static double[] logs(double[] values) {
        return Arrays.stream(values).map(Math::log).toArray();
    }

    private static boolean allPositive(double[] values) {
        return Arrays.stream(values).allMatch(v -> v > 0 && Double.isFinite(v));
    }
}
