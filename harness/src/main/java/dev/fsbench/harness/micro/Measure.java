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
     * This divided by {@code other}, error by first-order propagation of the relative errors in quadrature
     * (independent measurements); noisy if either input is.
     */
    public Measure over(Measure other) {
        double ratio = value / other.value;
        double relative = Math.hypot(error / value, other.error / other.value);
        return new Measure(ratio, Math.abs(ratio) * relative, noisy || other.noisy);
    }
}
