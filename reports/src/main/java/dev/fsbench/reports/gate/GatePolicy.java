package dev.fsbench.reports.gate;

/**
 * The gate's stated error budget and minimum effect, in one place (docs/gate.md explains and measures them).
 *
 * <ul>
 *   <li>{@link #FALSE_ALARM_BUDGET}: the probability that comparing a run with a baseline of the same code raises
 *       any headline regression, controlled over the whole family of headline metrics of that comparison with
 *       Holm's step-down procedure (so a comparison of 15 metrics does not get 15 chances to cry wolf);</li>
 *   <li>{@link #MIN_EFFECT}: a headline metric counts as worse only when the data show it worse by more than this
 *       (the null hypothesis of each test is "worse by at most 5 %"). Between-run variation that repeats within a
 *       run cannot show (the broker, the machine's state) is absorbed by it: measured on the corpus of real runs,
 *       the stable figures move by a few percent from run to run while their repeats agree to a fraction of a
 *       percent.</li>
 * </ul>
 */
public final class GatePolicy {
    /** Family-wise false-alarm probability per comparison (one run against its baseline). */
    public static final double FALSE_ALARM_BUDGET = 0.05;
    /** The smallest change the gate calls a regression or an improvement: 5 %. */
    public static final double MIN_EFFECT = 0.05;
    /**
     * History runs needed before the spread between runs is trusted as a noise estimate on its own (4 degrees of
     * freedom); with fewer, the spread between repeats is the noise and {@link #MIN_EFFECT} covers the rest.
     */
    public static final int RUNS_FOR_BETWEEN_RUN_NOISE = 5;

    private GatePolicy() {}
}
