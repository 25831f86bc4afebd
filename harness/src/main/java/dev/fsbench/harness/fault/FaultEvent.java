package dev.fsbench.harness.fault;

/**
 * One scheduled fault as it went.
 *
 * @param struckAtEpochMs when the harness injected it; null if it never did (the measured phase ended first)
 * @param detail          what the harness did and saw (the pid killed, where the job resumed from, the partitions)
 * @param failed          whether injecting it or recovering from it failed (the detail says how)
 */
public record FaultEvent(FaultSpec spec, Long struckAtEpochMs, String detail, boolean failed) {

    static FaultEvent notInjected(FaultSpec spec) {
        return new FaultEvent(spec, null, "not injected: the measured phase ended first", false);
    }
}
