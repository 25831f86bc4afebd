package dev.fsbench.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.collector.Verifier;
import dev.fsbench.harness.engine.VerificationMode;
import dev.fsbench.harness.fault.FaultEvent;
import dev.fsbench.harness.fault.ReplayRule;
import dev.fsbench.harness.profile.BurstAnalyzer;
import dev.fsbench.harness.profile.RateProfile;
import dev.fsbench.harness.result.ResultSections;
import dev.fsbench.harness.sustain.SustainEvidence;
import dev.fsbench.harness.sustain.SustainRule;
import dev.fsbench.results.GeneratorSummary;
import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.LatencyTrend;
import dev.fsbench.results.RateProfileResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.Sustainability;
import dev.fsbench.results.Throughput;
import dev.fsbench.results.Verification;
import dev.fsbench.results.WorkloadConfig;
import dev.fsbench.results.WorkloadResult;
import java.util.List;
import java.util.Map;

/**
 * The only place a {@link WorkloadResult} is built: from what the phases of a workload produced, with no I/O
 * and no clock, so the same outputs always give the same result. Verification happens here too (it compares the
 * generator's ground truth with the collected windows), and a workload whose output fails it fails. A workload
 * that ran and verified is judged by {@link SustainRule} over its measured phase, unless its generator did not
 * keep its schedule: then it is INVALID, and its timings do not count.
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
        return assemble(plan, engineInfo, load, ending, artifacts, null);
    }

    /** @param machineBefore the machine's load just before the workload started its engine; null if not taken */
    static WorkloadResult assemble(
            WorkloadPlan plan,
            Map<String, JsonNode> engineInfo,
            LoadOutcome load,
            WorkloadEnding ending,
            WorkloadArtifacts artifacts,
            MachineSample machineBefore) {
        return assemble(plan, engineInfo, load, ending, artifacts, machineBefore, List.of());
    }

    /** @param faults the workload's scheduled faults as they went (docs/failures.md), empty without any */
    static WorkloadResult assemble(
            WorkloadPlan plan,
            Map<String, JsonNode> engineInfo,
            LoadOutcome load,
            WorkloadEnding ending,
            WorkloadArtifacts artifacts,
            MachineSample machineBefore,
            List<FaultEvent> faults) {
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
                        load.behind() == null ? Long.MAX_VALUE : load.behind().deliveredUpToMs(),
                        load.input().eventTimes(),
                        ReplayRule.tolerance(plan.engine().name(), spec, faults))
                : mode.notRun(NOT_COMPLETED);
        if (judged && load.output().records() != null) {
            verification = Verifier.withOutputChecks(verification, load.output().records());
        }
        String failureReason = ending.failureReason();
        if (failureReason == null && judged && !verification.verified()) {
            failureReason = "verification failed: " + String.join("; ", verification.examples());
        }
        RunStatus status =
                ending.interrupted() ? RunStatus.INCOMPLETE : failureReason == null ? RunStatus.OK : RunStatus.FAILED;
        LoadOutcome.Output output = load.output();
        Sustainability sustainable = null;
        if (status == RunStatus.OK) {
            SustainEvidence evidence = MeasuredJudgement.evidence(spec, report, output, verification);
            if (SustainRule.generatorKeptSchedule(evidence)) {
                sustainable = MeasuredJudgement.judge(evidence, load.behind());
            } else {
                status = RunStatus.INVALID;
                failureReason = SustainRule.scheduleReason(evidence) + "; the workload's timings do not count";
            }
        }
        Throughput throughput = load.measured()
                ? MeasuredJudgement.throughput(report, output.throughputOverTime())
                : new Throughput(0, null);
        List<LatencyInterval> intervals = output == null ? List.of() : output.latencyOverTime();
        return WorkloadResult.builder(plan.engine().name(), spec.scenario())
                .status(status, failureReason)
                .config(WorkloadConfig.of(spec))
                .generator(report)
                .verification(verification)
                .throughput(throughput, output == null ? List.of() : output.throughputOverTime())
                .sustainable(sustainable)
                .cost(EngineCost.of(
                        ProcessTotals.of(artifacts.telemetry(), artifacts.measuredJvms()),
                        throughput,
                        sustainable,
                        load.machine(),
                        null))
                .latency(
                        output == null
                                ? LatencySummary.empty()
                                : ResultSections.latency(output.latency(), output.latencyWindows()),
                        output == null ? null : ResultSections.latency(output.visibleLatency()),
                        // only windows of the measured phase are recorded, so every non-empty interval is measured
                        output == null ? null : LatencyTrend.of(intervals),
                        intervals)
                .recovery(judged ? FaultCosts.recovery(faults, mode, load, report) : List.of())
                .files(artifacts.files())
                .engine(engineInfo, artifacts.engineMetrics())
                .telemetry(artifacts.telemetry())
                .processes(artifacts.processes())
                .machineLoad(
                        machineBefore == null
                                ? null
                                : machineBefore.before(output == null ? null : output.loadDuring()))
                .rateProfile(rateProfile(spec, report, output, artifacts))
                .build();
    }

    /** The steps and bursts of a workload run on a rate profile; null for one rate or a load that never ran. */
    private static RateProfileResult rateProfile(
            WorkloadSpec spec, GeneratorSummary report, LoadOutcome.Output output, WorkloadArtifacts artifacts) {
        if (report == null || output == null) {
            return null;
        }
        return RateProfile.of(spec)
                .map(profile -> BurstAnalyzer.analyze(
                        profile,
                        report.startEpochMs(),
                        spec.window().sizeMs() + spec.window().slideMs() + spec.outOfOrdernessMs(),
                        new BurstAnalyzer.Series(
                                output.throughputOverTime(),
                                output.latencyOverTime(),
                                artifacts.engineMetrics() == null
                                        ? List.of()
                                        : artifacts.engineMetrics().series())))
                .orElse(null);
    }

    /** The workload that was running when the harness was interrupted, for the result written on the way out. */
    static WorkloadResult interrupted(WorkloadPlan plan) {
        return unmeasured(plan, RunStatus.INCOMPLETE, INTERRUPTED);
    }

    /** A workload never started because the run cannot go on (Kafka is gone): FAILED with {@code reason}. */
    static WorkloadResult notStarted(WorkloadPlan plan, String reason) {
        return unmeasured(plan, RunStatus.FAILED, reason);
    }

    private static WorkloadResult unmeasured(WorkloadPlan plan, RunStatus status, String reason) {
        return WorkloadResult.builder(plan.engine().name(), plan.spec().scenario())
                .status(status, reason)
                .config(WorkloadConfig.of(plan.spec()))
                .verification(plan.engine().verificationMode().notRun(reason))
                .throughput(new Throughput(0, null), List.of())
                .latency(LatencySummary.empty(), null, null, List.of())
                .build();
    }
}
