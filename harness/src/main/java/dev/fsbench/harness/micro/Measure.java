package dev.fsbench.harness.micro;

/**
 * A figure with its JMH error (half-width of the 99.9% confidence interval) and whether it is too noisy to be
 * presented as a result: unknown error, or error above {@value #NOISY_RELATIVE_ERROR} of the value.
 */
public record Measure(double value, double error, boolean noisy) {

    public static final double NOISY_RELATIVE_ERROR = 0.10;

    public static boolean isNoisy(double value, Double error) {
        return error == null || !Double.isFinite(value) || Math.abs(error) > NOISY_RELATIVE_ERROR * Math.abs(value);
    }

    public static Measure of(double value, Double error) {
        return new Measure(value, error == null ? Double.NaN : error, isNoisy(value, error));
    }

    /** A deterministic figure (serialized bytes): no error, never noisy. */
    public static Measure exact(double value) {
        return new Measure(value, 0, false);
    }

    /**
     * This divided by {@code other}. The interval propagates the two relative errors in quadrature on a log scale
     * (independent measurements): ratio times/divided by exp(hypot(e1/v1, e2/v2)), so it stays positive and is as
     * wide either way on a log axis; unknown errors give an unknown (NaN) interval. Noisy if either input is.
     */
    public Ratio over(Measure other) {
        double ratio = value / other.value;
        double logHalfWidth = Math.hypot(error / value, other.error / other.value);
        double factor = Math.exp(Math.abs(logHalfWidth));
        return new Ratio(ratio, ratio / factor, ratio * factor, noisy || other.noisy);
    }

    /** A ratio of two measures with its interval {@code [low, high]} (NaN when an error is unknown). */
    public record Ratio(double value, double low, double high, boolean noisy) {}
}
