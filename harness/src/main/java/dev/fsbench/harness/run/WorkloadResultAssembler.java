package dev.fsbench.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.collector.Verifier;
import dev.fsbench.harness.engine.VerificationMode;
import dev.fsbench.harness.result.ResultSections;
import dev.fsbench.results.GeneratorSummary;
import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.LatencyTrend;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.Throughput;
import dev.fsbench.results.ThroughputPoint;
import dev.fsbench.results.Verification;
import dev.fsbench.results.WorkloadConfig;
import dev.fsbench.results.WorkloadResult;
import java.util.List;
import java.util.Map;

/**
 * The only place a {@link WorkloadResult} is built: from what the phases of a workload produced, with no I/O
 * and no clock, so the same outputs always give the same result. Verification happens here too (it compares the
 * generator's ground truth with the collected windows), and a workload whose output fails it fails.
 */
final class WorkloadResultAssembler {

    static final String NOT_COMPLETED = "the run did not complete";
    static final String INTERRUPTED = "interrupted before the workload finished";

    private WorkloadResultAssembler() {}

    /**
     * @param engineInfo what the engine reported when it was ready (empty if it never was)
     * @param load       the load phase's outcome ({@link LoadOutcome#notStarted} if it never ran)
     * @param ending     the first failure of any phase, and whether the harness was interrupted
     * @param artifacts  the engine's metrics, telemetry and files, read after it stopped
     */
    static WorkloadResult assemble(
            WorkloadPlan plan,
            Map<String, JsonNode> engineInfo,
            LoadOutcome load,
            WorkloadEnding ending,
            WorkloadArtifacts artifacts) {
        WorkloadSpec spec = plan.spec();
        VerificationMode mode = plan.engine().verificationMode();
        boolean judged = load.measured() && !ending.interrupted();
        GeneratorSummary report = load.input() == null ? null : load.input().report();
        Verification verification = judged
                ? Verifier.verify(
                        mode,
                        load.input().truth(),
                        load.output().windows(),
                        report.measureEndEpochMs(),
                        load.input().eventTimes())
                : mode.notRun(NOT_COMPLETED);
        String failureReason = ending.failureReason();
        if (failureReason == null && judged && !verification.verified()) {
            failureReason = "verification failed: " + String.join("; ", verification.examples());
        }
        RunStatus status =
                ending.interrupted() ? RunStatus.INCOMPLETE : failureReason == null ? RunStatus.OK : RunStatus.FAILED;
        LoadOutcome.Output output = load.output();
        List<LatencyInterval> intervals = output == null ? List.of() : output.latencyOverTime();
        return WorkloadResult.builder(plan.engine().name(), spec.scenario())
                .status(status, failureReason)
                .config(WorkloadConfig.of(spec))
                .generator(report)
                .verification(verification)
                .throughput(throughput(spec, load), output == null ? List.of() : output.throughputOverTime())
                .latency(
                        output == null ? LatencySummary.empty() : ResultSections.latency(output.latency()),
                        output == null ? null : ResultSections.latency(output.visibleLatency()),
                        // only windows of the measured phase are recorded, so every non-empty interval is measured
                        output == null ? null : LatencyTrend.of(intervals),
                        intervals)
                .files(artifacts.files())
                .engine(engineInfo, artifacts.engineMetrics())
                .telemetry(artifacts.telemetry())
                .build();
    }

    /** The workload that was running when the harness was interrupted, for the result written on the way out. */
    static WorkloadResult interrupted(WorkloadPlan plan) {
        return WorkloadResult.builder(plan.engine().name(), plan.spec().scenario())
                .status(RunStatus.INCOMPLETE, INTERRUPTED)
                .config(WorkloadConfig.of(plan.spec()))
                .verification(plan.engine().verificationMode().notRun(INTERRUPTED))
                .throughput(new Throughput(0, null), List.of())
                .latency(LatencySummary.empty(), null, null, List.of())
                .build();
    }

    /**
     * Input: the generator's achieved rate. Processed: events accounted for by output records the broker appended
     * during the measured phase's wall-clock interval (whole seconds of the per-second series), per second.
     */
    private static Throughput throughput(WorkloadSpec spec, LoadOutcome load) {
        if (!load.measured()) {
            return new Throughput(0, null);
        }
        GeneratorSummary report = load.input().report();
        long from = report.measureStartEpochMs();
        long to = report.measureEndEpochMs();
        double processed = 0;
        long seconds = 0;
        for (ThroughputPoint point : load.output().throughputOverTime()) {
            if (point.t() >= from && point.t() + 1000 <= to && point.processedEvents() != null) {
                processed += point.processedEvents();
                seconds++;
            }
        }
        return new Throughput(report.achievedRatePerSec(), seconds > 0 ? processed / seconds : null);
    }
}
