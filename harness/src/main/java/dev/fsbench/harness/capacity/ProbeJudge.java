package dev.fsbench.harness.capacity;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.sustain.SustainEvidence;
import dev.fsbench.harness.sustain.SustainRule;
import dev.fsbench.results.CapacityProbe;
import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.SeriesPoint;
import dev.fsbench.results.Sustainability;
import dev.fsbench.results.ThroughputPoint;
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

    /** Step {@code rate} over epoch ms [from, to) of {@code result}. */
    static ProbeOutcome step(
            String phase, long rate, WorkloadResult result, WorkloadSpec spec, long from, long to, String cutShort) {
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
        CapacityProbe.ProbeLatency probeLatency = latency.isEmpty()
                ? null
                : new CapacityProbe.ProbeLatency(
                        median(latency.stream()
                                .mapToDouble(LatencyInterval::p50)
                                .toArray()),
                        latency.stream().mapToDouble(LatencyInterval::p99).max().orElseThrow());
        Double cpuPerMillion =
                engine == null || processedEvents <= 0 ? null : engine * CORES * seconds.size() / processedEvents * 1e6;
        if (seconds.size() < MIN_SECONDS) {
            String why = cutShort != null ? cutShort : "fewer than " + MIN_SECONDS + " seconds to judge";
            return new ProbeOutcome(
                    new CapacityProbe(phase, rate, false, why, processedPerSec, probeLatency, cpuPerMillion),
                    new RulerSigns(true, collectorKeptUp(result), machine, engine));
        }
        SustainEvidence evidence = new SustainEvidence(
                rate,
                sum(seconds, ThroughputPoint::inputEvents) / seconds.size(),
                seconds.stream()
                        .mapToDouble(p -> p.scheduleLagMs() == null ? 0 : p.scheduleLagMs())
                        .max()
                        .orElse(0),
                seconds,
                latency,
                true, // the step's windows are checked with the whole run's output (WorkloadProber)
                0,
                HarnessSettings.latencySloMs(spec),
                HarnessSettings.MAX_SCHEDULE_LAG_MS.get(spec));
        Sustainability verdict = SustainRule.judge(evidence);
        boolean sustained = verdict.sustained() && cutShort == null;
        String reason = sustained
                ? null
                : verdict.reasons().isEmpty() ? cutShort : verdict.reasons().get(0);
        return new ProbeOutcome(
                new CapacityProbe(phase, rate, sustained, reason, processedPerSec, probeLatency, cpuPerMillion),
                new RulerSigns(SustainRule.generatorKeptSchedule(evidence), collectorKeptUp(result), machine, engine));
    }

    /** A whole fixed-rate workload (a confirming run), judged by the harness as every workload is. */
    static ProbeOutcome whole(String phase, long rate, WorkloadResult result, boolean generatorKept) {
        Sustainability verdict = result.sustainable();
        boolean sustained = verdict != null && verdict.sustained();
        String reason = sustained
                ? null
                : verdict != null && !verdict.reasons().isEmpty()
                        ? verdict.reasons().get(0)
                        : result.failureReason() != null ? result.failureReason() : "status " + result.status();
        LatencySummary latency = result.latencyMs();
        var cost = result.cost();
        return new ProbeOutcome(
                new CapacityProbe(
                        phase,
                        rate,
                        sustained,
                        reason,
                        result.throughput() == null ? null : result.throughput().processedEventsPerSec(),
                        latency == null ? null : new CapacityProbe.ProbeLatency(latency.p50(), latency.p99()),
                        cost == null ? null : cost.cpuCoreSecondsPerMillionEvents()),
                new RulerSigns(
                        generatorKept,
                        collectorKeptUp(result),
                        cost == null ? null : cost.machineCpuShare(),
                        cost == null || cost.engineCpuCores() == null ? null : cost.engineCpuCores() / CORES));
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
