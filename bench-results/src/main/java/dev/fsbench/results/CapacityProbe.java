package dev.fsbench.results;

/**
 * One rate tried by a capacity search: a step of a stepped ramp inside one engine instance, or a confirming run.
 *
 * @param phase     "ramp", "refine" or "confirm" (which part of the search ran it)
 * @param reason    why it was not sustained (the first broken rule), null when it was
 * @param latencyMs window latency over the probe (append time - window end)
 */
public record CapacityProbe(
        String phase,
        long rate,
        boolean sustained,
        String reason,
        Double processedEventsPerSec,
        ProbeLatency latencyMs,
        Double cpuCoreSecondsPerMillionEvents) {

    /** Latency percentiles over one probe, in ms; null without any window in it. */
    public record ProbeLatency(Double p50, Double p99) {}
}
