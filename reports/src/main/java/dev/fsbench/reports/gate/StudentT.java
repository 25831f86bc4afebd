package dev.fsbench.reports.gate;

/**
 * Two-sided 99.9% critical values of Student's t (the 0.9995 quantile), JMH's own confidence level. A table: the
 * gate needs one level, and a statistics library for one quantile would be the module's largest dependency.
 */
final class StudentT {
    /** Index = degrees of freedom (1..30). */
    private static final double[] Q9995 = {
        Double.NaN,
        636.62,
        31.599,
        12.924,
        8.610,
        6.869,
        5.959,
        5.408,
        5.041,
        4.781,
        4.587,
        4.437,
        4.318,
        4.221,
        4.140,
        4.073,
        4.015,
        3.965,
        3.922,
        3.883,
        3.850,
        3.819,
        3.792,
        3.768,
        3.745,
        3.725,
        3.707,
        3.690,
        3.674,
        3.659,
        3.646
    };

    private StudentT() {}

    /** The 0.9995 quantile; conservative (the smaller df's value) between table rows. */
    static double q9995(int df) {
        if (df < 1) {
            return Q9995[1];
        }
        if (df <= 30) {
            return Q9995[df];
        }
        if (df <= 40) {
            return 3.646;
        }
        if (df <= 60) {
            return 3.551;
        }
        return df <= 120 ? 3.460 : 3.373;
    }
}
