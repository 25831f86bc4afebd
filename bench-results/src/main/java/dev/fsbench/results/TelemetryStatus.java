package dev.fsbench.results;

/** Whether a JVM's figures could be computed. */
public enum TelemetryStatus {
    /** The recording was read; the figures and series are filled in. */
    OK,
    /** No usable recording (the JVM died before dumping it, or the file is truncated); see the reason. */
    MISSING,
    /** Recording was switched off for this workload ({@code jvm.jfr=false}). */
    DISABLED
}
