package dev.fsbench.harness.generator;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.results.GeneratorSummary;
import java.util.List;

/** The {@link GeneratorSummary} of a finished run, from what its senders did. */
final class GeneratorReport {

    private GeneratorReport() {}

    static GeneratorSummary summarize(
            WorkloadSpec spec,
            RateSchedule rates,
            RateSchedule.Anchored schedule,
            PhasePlan phases,
            List<ScheduleSender> senders,
            long startEpochMs) {
        PhasePlan.Boundaries fixed = phases.boundaries();
        long sent = 0;
        long maxLagNanos = 0;
        long lastMeasuredNanos = 0;
        long measuredEvents = 0;
        for (ScheduleSender sender : senders) {
            sent += sender.sent();
            maxLagNanos = Math.max(maxLagNanos, sender.maxLagNanos());
            lastMeasuredNanos = Math.max(lastMeasuredNanos, sender.lastMeasuredNanos());
            if (fixed != null) {
                measuredEvents += sender.sentBetween(fixed.warmupEvents(), fixed.measuredEnd());
            }
        }
        // a run stopped before its warm-up ended has an empty measured phase where it stopped
        long warmupMs = fixed != null ? fixed.measureStartMs() : spec.warmupMs();
        long warmupEvents = fixed != null ? fixed.warmupEvents() : sent;
        long measuredEnd = fixed != null ? fixed.measuredEnd() : sent;
        long totalEvents = fixed != null ? fixed.totalEvents() : sent;
        // From the phase's scheduled start (not the moment its first event went out: a generator that starts the
        // phase behind and then catches up must not report more than the requested rate) to the moment its last
        // event went out; an interrupted run measures the part of the phase it got through. The interval between
        // the first and the last measured event is one event shorter than the phase.
        double measuredSeconds = (lastMeasuredNanos - schedule.dueNanos(warmupEvents)) / 1e9;
        double achieved = measuredEvents > 1 && measuredSeconds > 0 ? (measuredEvents - 1) / measuredSeconds : 0;
        boolean completed = fixed != null && measuredEvents == measuredEnd - warmupEvents;
        double requested = rates.meanRate(warmupMs, warmupMs + spec.durationMs());
        return new GeneratorSummary(
                Math.round(requested),
                achieved,
                sent,
                measuredEvents,
                maxLagNanos / 1e6,
                completed && achieved >= LoadGenerator.RATE_TOLERANCE * requested,
                startEpochMs,
                schedule.scheduledEpochMillis(warmupEvents),
                schedule.scheduledEpochMillis(measuredEnd),
                schedule.scheduledEpochMillis(totalEvents),
                phases.warmupSteady(),
                senders.size());
    }
}
