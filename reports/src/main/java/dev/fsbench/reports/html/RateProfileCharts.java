package dev.fsbench.reports.html;

import dev.fsbench.results.BurstAnalysis;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.RateProfileResult;
import dev.fsbench.results.ThroughputPoint;
import dev.fsbench.results.WorkloadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline of a workload run on a rate profile: what was sent, what the engine took in and what it delivered,
 * with its backlog, and its latency, each burst shaded. Nothing for a workload at one rate.
 */
final class RateProfileCharts {

    /** The engine's intake per second, as the harness derives it (docs/backpressure.md). */
    static final String INTAKE = "intake.eventsPerSecond";

    private RateProfileCharts() {}

    static List<String> of(String title, WorkloadResult w, TimeAxis time, ChartSpecs charts) {
        RateProfileResult profile = w.rateProfile();
        List<String> ids = new ArrayList<>();
        if (profile == null) {
            return ids;
        }
        List<ChartSpecs.Mark> marks = new ArrayList<>();
        for (BurstAnalysis burst : profile.bursts()) {
            String step = burst.step() < profile.steps().size()
                    ? profile.steps().get(burst.step()).text()
                    : "burst";
            marks.add(new ChartSpecs.Mark(time.seconds(burst.startEpochMs()), time.seconds(burst.endEpochMs()), step));
        }
        List<ThroughputPoint> seconds = w.throughputOverTime();
        List<ChartSpecs.Series> rates = new ArrayList<>();
        rates.add(ChartSpecs.Series.line("sent", time.rate(seconds, ThroughputPoint::inputEvents)));
        if (w.engineMetrics() != null) {
            for (EngineMetrics.Series s : w.engineMetrics().series()) {
                if (INTAKE.equals(s.name())) {
                    rates.add(ChartSpecs.Series.line("intake", time.pairs(s.points(), 1)));
                }
            }
        }
        rates.add(ChartSpecs.Series.line("processed", time.rate(seconds, ThroughputPoint::processedEvents)));
        rates.add(new ChartSpecs.Series("backlog", time.level(seconds, ThroughputPoint::backlogEvents), 1, "dashed"));
        ChartIds.addIfDrawn(
                ids,
                charts.time(
                        title + ": rate profile, sent / intake / processed",
                        "events/s",
                        "backlog events",
                        rates,
                        marks));
        List<LatencyInterval> latency = w.latencyOverTime();
        ChartIds.addIfDrawn(
                ids,
                charts.time(
                        title + ": rate profile, latency",
                        "ms",
                        null,
                        List.of(
                                ChartSpecs.Series.line("p99", time.latency(latency, LatencyInterval::p99, 1)),
                                ChartSpecs.Series.line("max", time.latency(latency, LatencyInterval::max, 1))),
                        marks));
        return ids;
    }
}
