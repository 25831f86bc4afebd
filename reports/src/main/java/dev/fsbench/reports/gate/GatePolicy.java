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
    /**
     * The false-alarm rate accepted when one run is compared with one other run (no history). Its repeats show the
     * noise between fresh JVMs but not between runs, and 3 repeats a side estimate that noise on 4 degrees of
     * freedom: a pair whose repeats happen to agree closely lets a figure gate that moves more between runs. The
     * nominal {@link #FALSE_ALARM_BUDGET} of the tests is then exceeded. Measured out of sample on the corpus of 8
     * runs of one commit (docs/gate.md): 8.9 % of A/A pairs; with a history of 2 or more runs, 2.3 %.
     */
    public static final double SINGLE_RUN_FALSE_ALARM_BUDGET = 0.10;
    /** The smallest change the gate calls a regression or an improvement: 5 %. */
    public static final double MIN_EFFECT = 0.05;
    /**
     * A metric's minimum effect is at least this many standard deviations between its own repeats
     * ({@link ShiftTest#minEffect()}): run-level variation the repeats cannot show scales with their spread.
     */
    public static final double SPREAD_MARGIN = 2.0;
    /**
     * The shift the gate is built to catch (15 %). A headline metric whose own minimum effect is this large or larger
     * (its repeats disagree by 7 % or more) cannot resolve it: it is reported, and does not spend the budget.
     */
    public static final double DESIGN_SHIFT = 0.15;
    /**
     * History runs needed before the spread between runs is trusted as a noise estimate on its own (4 degrees of
     * freedom); with fewer, the spread between repeats is the noise and {@link #MIN_EFFECT} covers the rest.
     */
    public static final int RUNS_FOR_BETWEEN_RUN_NOISE = 5;

    private GatePolicy() {}
}
