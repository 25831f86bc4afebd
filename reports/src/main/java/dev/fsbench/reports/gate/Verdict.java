package dev.fsbench.reports.gate;

public enum Verdict {
    IMPROVED,
    UNCHANGED,
    REGRESSED,
    /** A change of practical size that the measured noise cannot resolve, or noise unknown: repeat the run. */
    NOISY,
    /** Not compared: absent on one side, or the workload configuration differs. */
    SKIPPED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
