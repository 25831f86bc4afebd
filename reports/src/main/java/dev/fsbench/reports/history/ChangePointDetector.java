package dev.fsbench.reports.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Finds the points where a metric's level changed across runs: e-divisive means with a permutation test, as
 * Apache Otava (Hunter) and MongoDB's signal processing do. The series is split where the {@link EnergyDistance}
 * statistic is largest; the split is kept only if fewer than a share {@code significance} of random reorderings
 * (within each segment found so far) give a statistic as large; the segments are split again until a split fails
 * the test.
 *
 * <p>Pure and deterministic: the permutations are drawn from a fixed seed, so a series always gets the same answer.
 */
public final class ChangePointDetector {
    /**
     * Significance level of each split: the trend page tests about six figures per workload, dozens of series; at
     * 1 % a page of flat series shows a false change point in about one series in a hundred.
     */
    public static final double SIGNIFICANCE = 0.01;
    /**
     * Runs on each side of a change point, at least: one or two unusual runs (a noisy neighbour, a slow start)
     * are not a new level. So a change shows three runs after it happened, and a series needs six runs.
     */
    public static final int MIN_SEGMENT = 3;
    /**
     * Permutations per test: p-values resolve to 1/1000, ten times finer than {@link #SIGNIFICANCE}. The test
     * stops as soon as the split can no longer reach the significance level, so flat series cost a few dozen.
     */
    public static final int PERMUTATIONS = 999;

    private static final long SEED = 0x5EED_C4A6EL;

    private final double significance;
    private final int minSegment;
    private final int permutations;
    private final long seed;

    public ChangePointDetector(double significance, int minSegment, int permutations, long seed) {
        if (!(significance > 0 && significance < 1)) {
            throw new IllegalArgumentException("significance must lie in (0, 1), got " + significance);
        }
        if (minSegment < 2) {
            throw new IllegalArgumentException("a segment needs at least 2 values for its spread, got " + minSegment);
        }
        if (permutations < 1) {
            throw new IllegalArgumentException("at least one permutation needed, got " + permutations);
        }
        this.significance = significance;
        this.minSegment = minSegment;
        this.permutations = permutations;
        this.seed = seed;
    }

    /** The detector with the documented settings. */
    public static ChangePointDetector standard() {
        return new ChangePointDetector(SIGNIFICANCE, MIN_SEGMENT, PERMUTATIONS, SEED);
    }

    public double significance() {
        return significance;
    }

    public int minSegment() {
        return minSegment;
    }

    /**
     * @param runIds the runs, oldest first
     * @param values one finite value per run
     * @return the change points, oldest first; none for a series shorter than two minimum segments
     */
    public List<ChangePoint> detect(List<String> runIds, double[] values) {
        if (runIds.size() != values.length) {
            throw new IllegalArgumentException(
                    "one value per run expected: " + runIds.size() + " runs, " + values.length + " values");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("values must be finite: " + Arrays.toString(values));
            }
        }
        Random random = new Random(seed);
        List<Integer> found = new ArrayList<>();
        List<Double> pValues = new ArrayList<>();
        while (true) {
            int[] bounds = bounds(found, values.length);
            EnergyDistance.Split best = new EnergyDistance(values).bestSplit(bounds, minSegment);
            if (best == null) {
                break;
            }
            double p = pValue(values, bounds, best.qHat(), random);
            if (p > significance) {
                break;
            }
            int at = Collections.binarySearch(found, best.index());
            found.add(-at - 1, best.index());
            pValues.add(-at - 1, p);
        }
        return describe(found, pValues, runIds, values);
    }

    /**
     * Share of reorderings (values shuffled within each segment, so earlier splits stay) whose best split is as
     * strong as the observed one, as (exceeding + 1) / (permutations + 1). Above the significance level the answer
     * is only a lower bound: the loop stops once the split cannot pass.
     */
    private double pValue(double[] values, int[] bounds, double observed, Random random) {
        List<Double> shuffled = new ArrayList<>(Arrays.stream(values).boxed().toList());
        double tolerance = 1e-9 * Math.abs(observed); // the same split summed in another order
        int exceeding = 0;
        for (int i = 0; i < permutations; i++) {
            for (int s = 0; s + 1 < bounds.length; s++) {
                Collections.shuffle(shuffled.subList(bounds[s], bounds[s + 1]), random);
            }
            double[] z = shuffled.stream().mapToDouble(Double::doubleValue).toArray();
            EnergyDistance.Split split = new EnergyDistance(z).bestSplit(bounds, minSegment);
            if (split.qHat() >= observed - tolerance) {
                exceeding++;
                if ((exceeding + 1.0) / (permutations + 1) > significance) {
                    return (exceeding + 1.0) / (permutations + 1);
                }
            }
        }
        return (exceeding + 1.0) / (permutations + 1);
    }

    private static int[] bounds(List<Integer> changePoints, int length) {
        int[] bounds = new int[changePoints.size() + 2];
        for (int i = 0; i < changePoints.size(); i++) {
            bounds[i + 1] = changePoints.get(i);
        }
        bounds[bounds.length - 1] = length;
        return bounds;
    }

    private static List<ChangePoint> describe(
            List<Integer> found, List<Double> pValues, List<String> runIds, double[] values) {
        int[] bounds = bounds(found, values.length);
        List<ChangePoint> points = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int at = found.get(i);
            points.add(new ChangePoint(
                    at, runIds.get(at), pValues.get(i), mean(values, bounds[i], at), mean(values, at, bounds[i + 2])));
        }
        return points;
    }

    private static double mean(double[] values, int from, int to) {
        return Arrays.stream(values, from, to).average().orElse(Double.NaN);
    }
}
