package dev.fsbench.harness.run;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.collector.OutputCollector;
import dev.fsbench.harness.generator.LoadGenerator;

/**
 * Events due but not yet accounted for by the engine's output. A window is due once event time has passed its end
 * by the out-of-orderness bound (no engine may close it earlier); its events are accounted for once its result is
 * appended. Counted in event-window memberships and divided by the windows each event belongs to, so it reads in
 * events. It may dip below zero for processing-time windows (DStreams), which close on the wall clock.
 */
final class Backlog {

    private Backlog() {}

    /** Memberships of the windows due at {@code atEpochMs}. */
    static long dueMemberships(LoadGenerator generator, WorkloadSpec spec, long atEpochMs) {
        return generator.membershipsDueBy(atEpochMs - spec.outOfOrdernessMs());
    }

    static double events(long dueMemberships, long deliveredMemberships, WorkloadSpec spec) {
        return (dueMemberships - deliveredMemberships) / (double) spec.window().windowsPerEvent();
    }

    /** The backlog now, from what the collector has read so far. */
    static double now(LoadGenerator generator, OutputCollector collector, WorkloadSpec spec) {
        return events(
                dueMemberships(generator, spec, System.currentTimeMillis()),
                collector.received().countSum(),
                spec);
    }
}
