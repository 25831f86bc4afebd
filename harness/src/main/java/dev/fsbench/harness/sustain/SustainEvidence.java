package dev.fsbench.harness.sustain;

import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.ThroughputPoint;
import java.util.List;

/**
 * What {@link SustainRule} looks at over one wall-clock interval (a whole measured phase, or one probe of a ramp).
 *
 * @param requestedRatePerSec    the rate the generator was asked for in the interval
 * @param achievedRatePerSec     the rate it really sent
 * @param maxScheduleLagMs       its worst delay behind its schedule in the interval
 * @param perSecond              the interval's seconds only (backlog and processed events per second)
 * @param latencyPerSecond       the interval's seconds only
 * @param verified               every window of the interval verified
 * @param windowsUndelivered     windows still owed when the harness stopped waiting
 * @param latencySloMs           a p99 objective, null for none
 * @param maxScheduleLagBoundMs  the schedule lag beyond which the generator did not keep its schedule
 */
public record SustainEvidence(
        long requestedRatePerSec,
        double achievedRatePerSec,
        double maxScheduleLagMs,
        List<ThroughputPoint> perSecond,
        List<LatencyInterval> latencyPerSecond,
        boolean verified,
        long windowsUndelivered,
        Double latencySloMs,
        long maxScheduleLagBoundMs) {

    public SustainEvidence {
        perSecond = List.copyOf(perSecond);
        latencyPerSecond = List.copyOf(latencyPerSecond);
    }
}
