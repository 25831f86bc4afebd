package dev.fsbench.reports.gate;

import java.util.Arrays;
import java.util.List;

/**
 * One metric of one side of a comparison: its samples (repeated workloads, several history runs) and, for JMH
 * scores, each sample's own error (half-width of JMH's 99.9% confidence interval; NaN when JMH could not tell).
 * The samples are laid out run by run: {@code runSizes[i]} consecutive samples came from the i-th run, so the gate
 * can tell the spread between a run's repeats from the spread between runs.
 *
 * @param key stable identity across runs, e.g. {@code stream/flink/wordcount/latencyMs.p99}
 * @param configDigest hash of the configuration that produced it: differing digests are not compared
 * @param lowerBound   the figure is only a lower bound of the real one (a ruler-limited capacity, "at least N")
 * @param runSizes     how many consecutive samples each run contributed (sums to the number of samples)
 */
public record Observation(
        String key,
        String group,
        String label,
        String unit,
        Direction direction,
        MetricKind kind,
        double[] samples,
        double[] errors,
        String configDigest,
        boolean lowerBound,
        int[] runSizes) {

    /** Samples of one run. */
    public Observation(
            String key,
            String group,
            String label,
            String unit,
            Direction direction,
            MetricKind kind,
            double[] samples,
            double[] errors,
            String configDigest,
            boolean lowerBound) {
        this(key, group, label, unit, direction, kind, samples, errors, configDigest, lowerBound, new int[] {
            samples.length
        });
    }

    public Observation(
            String key,
            String group,
            String label,
            String unit,
            Direction direction,
            MetricKind kind,
            double[] samples,
            double[] errors,
            String configDigest) {
        this(key, group, label, unit, direction, kind, samples, errors, configDigest, false);
    }

    public Observation {
        if (samples.length == 0) {
            throw new IllegalArgumentException("an observation needs at least one sample: " + key);
        }
        if (errors.length != samples.length) {
            throw new IllegalArgumentException("one error per sample expected: " + key);
        }
        if (Arrays.stream(runSizes).anyMatch(n -> n < 1)
                || Arrays.stream(runSizes).sum() != samples.length) {
            throw new IllegalArgumentException("run sizes " + Arrays.toString(runSizes) + " do not cover the "
                    + samples.length + " samples of " + key);
        }
    }

    /** How many runs the samples came from. */
    public int runs() {
        return runSizes.length;
    }

    /** The samples of the i-th run. */
    public double[] runSamples(int run) {
        int from = 0;
        for (int i = 0; i < run; i++) {
            from += runSizes[i];
        }
        return Arrays.copyOfRange(samples, from, from + runSizes[run]);
    }

    public double mean() {
        return Arrays.stream(samples).average().orElseThrow();
    }

    public int n() {
        return samples.length;
    }

    /** Sample standard deviation, NaN with fewer than two samples. */
    public double stdDev() {
        if (samples.length < 2) {
            return Double.NaN;
        }
        double mean = mean();
        double sum = 0;
        for (double s : samples) {
            sum += (s - mean) * (s - mean);
        }
        return Math.sqrt(sum / (samples.length - 1));
    }

    /** Mean of the samples' own errors (JMH confidence half-widths); NaN unless every sample has one. */
    public double meanError() {
        return Arrays.stream(errors).allMatch(Double::isFinite)
                ? Arrays.stream(errors).average().orElse(Double.NaN)
                : Double.NaN;
    }

    /**
     * For display: how far one value of this metric may move by noise alone, NaN when unknown: twice the samples'
     * spread, and at least JMH's own confidence half-width.
     */
    public double noiseHalfWidth() {
        double spread = samples.length >= 2 ? 2 * stdDev() : Double.NaN;
        double ownError = meanError();
        if (Double.isNaN(spread)) {
            return ownError;
        }
        return Double.isNaN(ownError) ? spread : Math.max(spread, ownError);
    }

    /** "mean ± noise unit (n=..)" for tables; deterministic metrics have no noise to show. */
    public String describe() {
        String noise =
                kind.timed() && !Double.isNaN(noiseHalfWidth()) ? " ± " + Format.magnitude(noiseHalfWidth(), unit) : "";
        String value = Format.withUnit(mean(), unit);
        if (!noise.isEmpty() && unit != null && value.endsWith(" " + unit)) {
            value = value.substring(0, value.length() - unit.length() - 1) + noise + " " + unit;
        } else {
            value = value + noise;
        }
        return (lowerBound ? "at least " : "") + value + (n() > 1 ? " (n=" + n() + ")" : "");
    }

    /** This observation with the runs of another (e.g. the runs of a history): each keeps its own run. */
    public Observation pooledWith(Observation other) {
        int[] sizes = Arrays.copyOf(runSizes, runSizes.length + other.runSizes.length);
        System.arraycopy(other.runSizes, 0, sizes, runSizes.length, other.runSizes.length);
        return joinedWith(other, sizes);
    }

    /** This observation with another repeat of its (single) run: the repeats of one workload in one run. */
    public Observation withRepeats(Observation other) {
        int[] sizes = Arrays.copyOf(runSizes, runSizes.length);
        sizes[sizes.length - 1] += other.samples.length;
        return joinedWith(other, sizes);
    }

    /** This observation's samples followed by {@code other}'s, grouped into runs of {@code runSizes}. */
    private Observation joinedWith(Observation other, int[] runSizes) {
        return new Observation(
                key,
                group,
                label,
                unit,
                direction,
                // pooled capacity searches are known no better than the coarsest of them
                kind.searched() && other.kind.searched() && other.kind.relativeTolerance() > kind.relativeTolerance()
                        ? other.kind
                        : kind,
                concat(samples, other.samples),
                concat(errors, other.errors),
                configDigest,
                lowerBound || other.lowerBound,
                runSizes);
    }

    public List<Double> sampleList() {
        return Arrays.stream(samples).boxed().toList();
    }

    private static double[] concat(double[] a, double[] b) {
        double[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Observation other
                && key.equals(other.key)
                && Arrays.equals(samples, other.samples)
                && Arrays.equals(errors, other.errors)
                && Arrays.equals(runSizes, other.runSizes)
                && java.util.Objects.equals(configDigest, other.configDigest)
                && lowerBound == other.lowerBound;
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return key + "=" + Arrays.toString(samples);
    }
}
