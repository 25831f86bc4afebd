package dev.fsbench.reports.history;

/**
 * A point in a metric's history where its level changed.
 *
 * @param index      position in the series (oldest first) of the first run at the new level
 * @param runId      that run
 * @param pValue     the permutation test's p-value for this split (at most the detector's significance level)
 * @param meanBefore mean of the segment that ends just before it (back to the previous change point)
 * @param meanAfter  mean of the segment that starts with it (up to the next change point)
 */
public record ChangePoint(int index, String runId, double pValue, double meanBefore, double meanAfter) {

    /** after / before − 1; NaN when the level before was 0. */
    public double relativeChange() {
        return meanBefore == 0 ? Double.NaN : meanAfter / meanBefore - 1;
    }

    /** Three decimals: the permutation test resolves p to 1/(permutations + 1). */
    public String pValueText() {
        return String.format(java.util.Locale.ROOT, "%.3f", pValue);
    }
}
