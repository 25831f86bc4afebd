package dev.fsbench.harness.capacity;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.run.EngineCost;
import dev.fsbench.harness.sustain.SustainEvidence;
import dev.fsbench.harness.sustain.SustainRule;
import dev.fsbench.results.CapacityProbe;
import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.SeriesPoint;
import dev.fsbench.results.Sustainability;
import dev.fsbench.results.ThroughputPoint;
import dev.fsbench.results.Verification;
import dev.fsbench.results.WorkloadResult;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Judges one probe with the sustain rule every workload is judged by ({@link SustainRule}), on that probe's
 * wall-clock slice of a workload's per-second series (a ramp step), and reads the ruler's signs in the same slice.
 */
final class ProbeJudge {

    /** Fewer judged seconds than this say nothing about a trend: the step is not judged sustained. */
    static final int MIN_SECONDS = 3;

    /**
     * Visible latency (collector read time) running away from append-time latency: the collector read results
     * this much later than they were appended, and later than the append-time latency itself.
     */
    static final double COLLECTOR_LAG_MS = 2_000;

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private ProbeJudge() {}

    /**
     * A ramp step: {@code rate} over epoch ms [from, to) of {@code result}. {@code cutShort}: why the ramp stopped
     * within this step (null if it did not); the step is then judged up to the stop only, and is not sustained.
     */
    static ProbeOutcome step(
            String phase,
            long rate,
            WorkloadResult result,
            WorkloadSpec spec,
            long from,
            long to,
            long stoppedAtEpochMs,
            String cutShort) {
        long until = cutShort == null ? to : Math.min(to, stoppedAtEpochMs);
        // the step's windows are checked with the whole run's output (WorkloadProber.engineFailure)
        return judge(phase, rate, result, spec, from, until, true, 0, cutShort, null, false);
    }

    /**
     * A whole fixed-rate workload (a confirming run) over its measured phase, with its verification; the
     * harness's own verdict on the workload wins where it gave one.
     */
    static ProbeOutcome whole(String phase, long rate, WorkloadResult result, WorkloadSpec spec) {
        Verification v = result.verification();
        return judge(
                phase,
                rate,
                result,
                spec,
                result.generator().measureStartEpochMs(),
                result.generator().measureEndEpochMs(),
                v != null && v.verified(),
                v == null ? 0 : v.windowsUndelivered(),
                null,
                result.sustainable(),
                true);
    }

    private static ProbeOutcome judge(
            String phase,
            long rate,
            WorkloadResult result,
            WorkloadSpec spec,
            long from,
            long to,
            boolean verified,
            long undelivered,
            String cutShort,
            Sustainability harnessVerdict,
            boolean wholeRun) {
        List<ThroughputPoint> seconds = result.throughputOverTime().stream()
                .filter(p -> p.t() >= from && p.t() + 1000 <= to)
                .toList();
        List<LatencyInterval> latency = result.latencyOverTime().stream()
                .filter(i -> i.t() > from && i.t() <= to)
                .toList();
        Double machine = mean(machineSeries(result), from, to);
        Double engine = mean(engineSeries(result), from, to);
        double processedEvents = sum(seconds, p -> p.processedEvents() == null ? 0 : p.processedEvents());
        Double processedPerSec = seconds.isEmpty() ? null : processedEvents / seconds.size();
        // seconds without any window result have no latency (their p50 reads 0): a micro-batch engine has many
        List<LatencyInterval> withResults =
                latency.stream().filter(i -> i.count() > 0).toList();
        CapacityProbe.ProbeLatency probeLatency = withResults.isEmpty()
                ? null
                : new CapacityProbe.ProbeLatency(
                        median(withResults.stream()
                                .mapToDouble(LatencyInterval::p50)
                                .toArray()),
                        withResults.stream()
                                .mapToDouble(LatencyInterval::p99)
                                .max()
                                .orElseThrow());
        Double cpuPerMillion = engine == null || processedEvents <= 0
                ? null
                : EngineCost.coreSecondsPerMillionEvents(engine * CORES, processedEvents / seconds.size());
        SustainEvidence evidence = new SustainEvidence(
                rate,
                seconds.isEmpty() ? 0 : sum(seconds, ThroughputPoint::inputEvents) / seconds.size(),
                seconds.stream()
                        .mapToDouble(p -> p.scheduleLagMs() == null ? 0 : p.scheduleLagMs())
                        .max()
                        .orElse(0),
                seconds,
                latency,
                verified,
                undelivered,
                HarnessSettings.latencySloMs(spec),
                HarnessSettings.MAX_SCHEDULE_LAG_MS.get(spec));
        // no whole second to look at (a step cut short at once) is no evidence against the generator; a ramp's
        // run-wide status says nothing about one step (a ramp stopped early never completes its schedule)
        boolean generatorKept = !(wholeRun && result.status() == RunStatus.INVALID)
                && (seconds.isEmpty() || SustainRule.generatorKeptSchedule(evidence));
        RulerSigns ruler = new RulerSigns(generatorKept, collectorKeptUp(result), machine, engine);
        String reason;
        if (cutShort != null) {
            reason = cutShort;
        } else if (seconds.size() < MIN_SECONDS) {
            reason = "fewer than " + MIN_SECONDS + " whole seconds to judge";
        } else {
            Sustainability verdict = harnessVerdict != null ? harnessVerdict : SustainRule.judge(evidence);
            reason = verdict.sustained()
                    ? null
                    : verdict.reasons().isEmpty()
                            ? "not sustained"
                            : verdict.reasons().get(0);
        }
        return new ProbeOutcome(
                new CapacityProbe(phase, rate, reason == null, reason, processedPerSec, probeLatency, cpuPerMillion),
                ruler);
    }

    /** Run-wide: visible latency did not run away from append-time latency. */
    static boolean collectorKeptUp(WorkloadResult result) {
        LatencySummary append = result.latencyMs();
        LatencySummary visible = result.visibleLatencyMs();
        if (append == null || visible == null || append.p50() == null || visible.p50() == null) {
            return true;
        }
        double lag = visible.p50() - append.p50();
        return lag <= Math.max(COLLECTOR_LAG_MS, append.p50());
    }

    private static List<SeriesPoint> machineSeries(WorkloadResult result) {
        return result.telemetry() == null
                ? List.of()
                : result.telemetry().series().machineCpuShare();
    }

    private static List<SeriesPoint> engineSeries(WorkloadResult result) {
        return result.telemetry() == null
                ? List.of()
                : result.telemetry().series().processCpuShare();
    }

    private static Double mean(List<SeriesPoint> series, long from, long to) {
        double[] values = series.stream()
                .filter(p -> p.t() >= from && p.t() < to && p.v() != null)
                .mapToDouble(p -> p.v().doubleValue())
                .toArray();
        return values.length == 0
                ? null
                : java.util.Arrays.stream(values).average().orElseThrow();
    }

    private static <T> double sum(List<T> items, ToDoubleFunction<T> value) {
        return items.stream().mapToDouble(value).sum();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
