package dev.fsbench.harness.run;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.collector.ReceivedWindows;
import dev.fsbench.harness.collector.Verification;
import dev.fsbench.harness.collector.Verifier;
import dev.fsbench.harness.engine.VerificationMode;
import dev.fsbench.harness.generator.GeneratorReport;
import dev.fsbench.harness.result.LatencySummary;
import dev.fsbench.harness.result.LatencyTrend;
import dev.fsbench.harness.result.RunStatus;
import dev.fsbench.harness.result.Throughput;
import dev.fsbench.harness.result.WorkloadResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

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
            Map<String, Object> engineInfo,
            LoadOutcome load,
            WorkloadEnding ending,
            WorkloadArtifacts artifacts) {
        WorkloadSpec spec = plan.spec();
        VerificationMode mode = plan.engine().verificationMode();
        boolean judged = load.measured() && !ending.interrupted();
        GeneratorReport report = load.input() == null ? null : load.input().report();
        Verification verification = judged
                ? Verifier.verify(
                        mode,
                        load.input().truth(),
                        load.output().windows(),
                        report.measureEndEpochMs(),
                        load.input().eventTimes())
                : Verification.notRun(mode, NOT_COMPLETED);
        String failureReason = ending.failureReason();
        if (failureReason == null && judged && !verification.passed()) {
            failureReason = "verification failed: " + String.join("; ", verification.examples());
        }
        RunStatus status =
                ending.interrupted() ? RunStatus.INCOMPLETE : failureReason == null ? RunStatus.OK : RunStatus.FAILED;
        LoadOutcome.Output output = load.output();
        return new WorkloadResult(
                plan.engine().name(),
                spec.scenario(),
                status,
                failureReason,
                spec,
                report,
                verification,
                throughput(spec, load),
                LatencySummary.of(output == null ? new Histogram(3) : output.latency()),
                output == null ? null : LatencySummary.of(output.visibleLatency()),
                // only windows of the measured phase are recorded, so every non-empty interval is measured
                output == null ? null : LatencyTrend.of(output.latencyOverTime()),
                output == null ? List.of() : output.latencyOverTime(),
                output == null ? List.of() : output.throughputOverTime(),
                artifacts.files(),
                new LinkedHashMap<>(engineInfo),
                artifacts.engineMetrics(),
                artifacts.telemetry().gc(),
                artifacts.telemetry().cpu(),
                artifacts.telemetry().telemetry());
    }

    /** The workload that was running when the harness was interrupted, for the result written on the way out. */
    static WorkloadResult interrupted(WorkloadPlan plan) {
        return new WorkloadResult(
                plan.engine().name(),
                plan.spec().scenario(),
                RunStatus.INCOMPLETE,
                INTERRUPTED,
                plan.spec(),
                null,
                Verification.notRun(plan.engine().verificationMode(), INTERRUPTED),
                new Throughput(0, 0),
                LatencySummary.of(new Histogram(3)),
                null,
                null,
                List.of(),
                List.of(),
                Map.of(),
                Map.of(),
                null,
                null,
                null,
                null);
    }

    /**
     * Input: the generator's achieved rate. Output: the counts of windows ending in the measured phase, divided
     * by the windows each event belongs to, per second of the phase.
     */
    private static Throughput throughput(WorkloadSpec spec, LoadOutcome load) {
        if (!load.measured()) {
            return new Throughput(0, 0);
        }
        GeneratorReport report = load.input().report();
        long from = report.measureStartEpochMs();
        long to = report.measureEndEpochMs();
        long counted = 0;
        for (ReceivedWindows.Received got : load.output().windows().all()) {
            if (got.windowEndMs() > from && got.windowEndMs() <= to) {
                counted += got.firstCount();
            }
        }
        double seconds = (to - from) / 1000.0;
        return new Throughput(
                report.achievedRatePerSec(),
                seconds > 0 ? counted / (double) spec.window().windowsPerEvent() / seconds : 0);
    }
}
