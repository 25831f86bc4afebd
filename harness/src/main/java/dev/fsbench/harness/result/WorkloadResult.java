package dev.fsbench.harness.result;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.collector.LatencyRecorder;
import dev.fsbench.harness.collector.Verification;
import dev.fsbench.harness.generator.GeneratorReport;
import java.util.List;
import java.util.Map;

/**
 * One (engine, scenario) run. Sections a run could not produce are null (e.g. telemetry of a crashed JVM).
 * {@code latencyTrend} covers only the measured phase: latency intervals before it are warm-up.
 * {@code latencyMs} uses the broker's append time of each result; {@code visibleLatencyMs} the time the collector
 * could read it, which for transactional (exactly-once) output includes the wait for the commit.
 */
public record WorkloadResult(
        String engine,
        String scenario,
        RunStatus status,
        String failureReason,
        WorkloadSpec config,
        GeneratorReport generator,
        Verification verification,
        Throughput throughput,
        LatencySummary latencyMs,
        LatencySummary visibleLatencyMs,
        LatencyTrend latencyTrend,
        List<LatencyRecorder.Interval> latencyOverTime,
        List<ThroughputPoint> throughputOverTime,
        Map<String, String> files,
        Map<String, Object> engineInfo,
        EngineMetrics engineMetrics,
        Object gc,
        Object cpu,
        Object telemetry) {}
