package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One (engine, scenario) workload of a run. Sections a workload could not produce are null (e.g. telemetry of a
 * crashed JVM). Built with {@link #builder(String, String)}.
 *
 * @param latencyMs        window latency from the broker's append time of each result
 * @param visibleLatencyMs latency to the time the collector could read each result, which for transactional
 *                         (exactly-once) output includes the wait for the commit
 * @param latencyTrend     over the measured phase only: latency intervals before it are warm-up
 * @param files            the workload's files (logs, job, latency log, recordings), relative to the run directory
 * @param engineInfo       what the engine said when it was ready (e.g. its web UI): each engine defines its keys
 * @param engineVersion    the streaming library and version the engine JVM reported in that info; null when it
 *                         reported none (the baseline, an engine that never became ready, older results)
 * @param sustainable      whether the engine sustained the offered load; null if the workload was not judged
 *                         (it failed, was interrupted or is INVALID) and in results older than schema version 2
 * @param cost             the engine's cost over the measured phase; null without telemetry
 * @param machineLoad      the machine's load before and during the workload; null in results older than schema
 *                         version 3
 * @param rateProfile      the steps and bursts of a workload run on a rate profile; null for a workload at one rate
 */
public record WorkloadResult(
        String engine,
        String scenario,
        RunStatus status,
        String failureReason,
        WorkloadConfig config,
        GeneratorSummary generator,
        Verification verification,
        Throughput throughput,
        Sustainability sustainable,
        Cost cost,
        LatencySummary latencyMs,
        LatencySummary visibleLatencyMs,
        LatencyTrend latencyTrend,
        List<LatencyInterval> latencyOverTime,
        List<ThroughputPoint> throughputOverTime,
        Map<String, String> files,
        Map<String, JsonNode> engineInfo,
        EngineVersion engineVersion,
        EngineMetrics engineMetrics,
        GcFigures gc,
        CpuFigures cpu,
        TelemetryInfo telemetry,
        MachineLoad machineLoad,
        List<ProcessFigures> processes,
        List<RecoveryResult> recovery,
        RateProfileResult rateProfile) {

    public WorkloadResult {
        processes = Copies.list(processes);
        recovery = Copies.list(recovery);
        latencyOverTime = Copies.list(latencyOverTime);
        throughputOverTime = Copies.list(throughputOverTime);
        files = Copies.orderedMap(files);
        engineInfo = Copies.orderedMap(engineInfo);
    }

    public static Builder builder(String engine, String scenario) {
        return new Builder(engine, scenario);
    }

    /** "engine / scenario", how pages and logs name a workload. */
    @JsonIgnore
    public String name() {
        return engine + " / " + scenario;
    }

    /**
     * The one rule for whether a workload passed: it has a verification section, its output verified and it
     * ran to the end without failing.
     */
    @JsonIgnore
    public WorkloadVerdict verdict() {
        if (verification == null) {
            return new WorkloadVerdict(
                    WorkloadVerdict.Outcome.NOT_VERIFIED, failureReason != null ? failureReason : "not verified");
        }
        if (!verification.verified()) {
            String why = failureReason != null
                    ? failureReason
                    : "verification failed: " + String.join("; ", verification.examples());
            return new WorkloadVerdict(WorkloadVerdict.Outcome.FAILED, why);
        }
        if (status != RunStatus.OK) {
            return new WorkloadVerdict(
                    WorkloadVerdict.Outcome.FAILED, failureReason != null ? failureReason : "status " + status);
        }
        return new WorkloadVerdict(WorkloadVerdict.Outcome.PASSED, null);
    }

    /** Sections by name rather than by position; telemetry from one {@link TelemetryResult}. */
    public static final class Builder {
        private final String engine;
        private final String scenario;
        private RunStatus status;
        private String failureReason;
        private WorkloadConfig config;
        private GeneratorSummary generator;
        private Verification verification;
        private Throughput throughput;
        private Sustainability sustainable;
        private Cost cost;
        private LatencySummary latencyMs;
        private LatencySummary visibleLatencyMs;
        private LatencyTrend latencyTrend;
        private List<LatencyInterval> latencyOverTime = List.of();
        private List<ThroughputPoint> throughputOverTime = List.of();
        private Map<String, String> files = Map.of();
        private Map<String, JsonNode> engineInfo = Map.of();
        private EngineVersion engineVersion;
        private EngineMetrics engineMetrics;
        private TelemetryResult telemetry;
        private MachineLoad machineLoad;
        private List<ProcessFigures> processes = List.of();
        private List<RecoveryResult> recovery = List.of();
        private RateProfileResult rateProfile;

        private Builder(String engine, String scenario) {
            this.engine = engine;
            this.scenario = scenario;
        }

        /** OK without a reason, FAILED or INCOMPLETE with one. */
        public Builder status(RunStatus newStatus, String reason) {
            this.status = newStatus;
            this.failureReason = reason;
            return this;
        }

        public Builder config(WorkloadConfig newConfig) {
            this.config = newConfig;
            return this;
        }

        public Builder generator(GeneratorSummary summary) {
            this.generator = summary;
            return this;
        }

        public Builder verification(Verification newVerification) {
            this.verification = newVerification;
            return this;
        }

        public Builder throughput(Throughput newThroughput, List<ThroughputPoint> overTime) {
            this.throughput = newThroughput;
            this.throughputOverTime = overTime;
            return this;
        }

        public Builder sustainable(Sustainability verdict) {
            this.sustainable = verdict;
            return this;
        }

        public Builder cost(Cost newCost) {
            this.cost = newCost;
            return this;
        }

        public Builder latency(
                LatencySummary appendTime, LatencySummary visible, LatencyTrend trend, List<LatencyInterval> overTime) {
            this.latencyMs = appendTime;
            this.visibleLatencyMs = visible;
            this.latencyTrend = trend;
            this.latencyOverTime = overTime;
            return this;
        }

        public Builder files(Map<String, String> newFiles) {
            this.files = newFiles;
            return this;
        }

        /** The engine's ready info (its reported version is taken from it) and metrics. */
        public Builder engine(Map<String, JsonNode> info, EngineMetrics metrics) {
            this.engineInfo = info;
            this.engineVersion = EngineVersion.reportedIn(info);
            this.engineMetrics = metrics;
            return this;
        }

        public Builder telemetry(TelemetryResult jvm) {
            this.telemetry = jvm;
            return this;
        }

        public Builder machineLoad(MachineLoad load) {
            this.machineLoad = load;
            return this;
        }

        /** Every JVM of the engine's deployment, measured on its own. */
        public Builder processes(List<ProcessFigures> jvms) {
            this.processes = jvms;
            return this;
        }

        /** One entry per injected fault, in the order they struck. */
        public Builder recovery(List<RecoveryResult> faults) {
            this.recovery = faults;
            return this;
        }

        /** The steps and bursts of a workload run on a rate profile. */
        public Builder rateProfile(RateProfileResult profile) {
            this.rateProfile = profile;
            return this;
        }

        /** @throws NullPointerException without a {@link #status}: no workload passes by default */
        public WorkloadResult build() {
            Objects.requireNonNull(status, "a workload result needs a status");
            return new WorkloadResult(
                    engine,
                    scenario,
                    status,
                    failureReason,
                    config,
                    generator,
                    verification,
                    throughput,
                    sustainable,
                    cost,
                    latencyMs,
                    visibleLatencyMs,
                    latencyTrend,
                    latencyOverTime,
                    throughputOverTime,
                    files,
                    engineInfo,
                    engineVersion,
                    engineMetrics,
                    telemetry == null ? null : telemetry.gc(),
                    telemetry == null ? null : telemetry.cpu(),
                    telemetry == null ? null : telemetry.telemetry(),
                    machineLoad,
                    processes,
                    recovery,
                    rateProfile);
        }
    }
}
