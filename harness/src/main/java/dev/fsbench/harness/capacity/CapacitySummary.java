package dev.fsbench.harness.capacity;

import dev.fsbench.results.CapacityResult;

/** A capacity result in one line, with "at least" where the ruler bounded it (docs/capacity.md). */
public final class CapacitySummary {

    private CapacitySummary() {}

    public static String line(CapacityResult r) {
        if (r.failureReason() != null) {
            return r.engine() + ": FAILED (" + r.failureReason() + ")";
        }
        if (r.maxSustainableEventsPerSec() == null) {
            return r.engine() + ": no rate tried was sustained (" + r.limitReason() + ")";
        }
        String atLeast = r.lowerBoundOnly() ? "at least " : "";
        String within = r.lowerBoundOnly() ? "" : String.format(" (within %.0f %%)", 100 * r.resolutionOrDefault());
        String ratio = r.ratioToBaseline() == null
                ? ""
                : String.format(
                        ", %s%.2fx the baseline", r.ratioIsLowerBound() ? "at least " : "", r.ratioToBaseline());
        return String.format(
                "%s: %s%,.0f ev/s%s, limited by %s (%s)%s",
                r.engine(),
                atLeast,
                r.maxSustainableEventsPerSec(),
                within,
                r.limitedBy().name().toLowerCase(java.util.Locale.ROOT),
                r.limitReason(),
                ratio);
    }
}
