package dev.fsbench.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.api.JobSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.EngineFailure;
import dev.fsbench.harness.engine.EngineProcess;
import dev.fsbench.harness.engine.RestartableEngine;
import dev.fsbench.harness.fault.FaultEvent;
import dev.fsbench.harness.fault.FaultScheduler;
import dev.fsbench.harness.generator.RateSchedule;
import dev.fsbench.harness.kafka.BrokerWatch;
import dev.fsbench.harness.kafka.KafkaBackend;
import dev.fsbench.harness.process.ShutdownRegistry;
import dev.fsbench.harness.profile.RateProfile;
import dev.fsbench.results.WorkloadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one workload, one phase after the other, each handing its output to the next: the engine is started and
 * becomes ready ({@link EngineProcess}), the load phase runs against it ({@link LoadPhase}), the engine is stopped,
 * its files are read ({@link WorkloadArtifacts}), and the result is assembled ({@link WorkloadResultAssembler}).
 * Every failure becomes a FAILED workload with a reason, never an exception that would lose the other workloads'
 * results.
 */
public final class WorkloadRunner {

    private final String runId;
    private final Path runDir;
    private final KafkaBackend kafka;
    private final BenchHome home;
    private final Console console;
    private final LoadPhase loadPhase;

    /** Appended to Kafka's loss for a workload not started because of it. */
    static final String NOT_RUN = " (the workload was not started)";

    public WorkloadRunner(String runId, Path runDir, KafkaBackend kafka, BenchHome home, Console console) {
        this.runId = runId;
        this.runDir = runDir;
        this.kafka = kafka;
        this.home = home;
        this.console = console;
        this.loadPhase = new LoadPhase(kafka, console);
    }

    /** Where a workload's files go; also the result's base for relative file paths. */
    public Path workloadDir(WorkloadPlan plan) {
        return runDir.resolve(plan.label());
    }

    /** The workload at its rate, or at its rate profile's steps if it has one ({@link RateProfile}). */
    public WorkloadResult run(WorkloadPlan plan) {
        return run(
                plan,
                RateProfile.of(plan.spec())
                        .map(RateProfile::schedule)
                        .orElseGet(() -> RateSchedule.constant(plan.spec().ratePerSec())));
    }

    /** The workload at {@code schedule} instead of the spec's constant rate (e.g. a stepped ramp or bursts). */
    public WorkloadResult run(WorkloadPlan plan, RateSchedule schedule) {
        return run(plan, schedule, LoadStop.NEVER);
    }

    /** As above; {@code stopEarly} may end the sending before the schedule's end. */
    public WorkloadResult run(WorkloadPlan plan, RateSchedule schedule, LoadStop stopEarly) {
        Optional<String> kafkaLost = kafka.failure();
        if (kafkaLost.isPresent()) {
            return WorkloadResultAssembler.notStarted(
                    plan, kafkaLost.get().lines().findFirst().orElse("") + NOT_RUN);
        }
        Path dir = workloadDir(plan);
        MachineSample before = MachineSample.beforeWorkload(); // 1 s: what else uses the CPU before our engine
        EngineDeployment deployment = EngineDeployment.start(plan, dir, home, console);
        JobSpec job = job(plan, dir, deployment.submitProperties());
        StartedEngine started = deployment.failure().isPresent()
                ? new StartedEngine(null, Map.of(), deployment.failure().get(), () -> {})
                : startEngine(plan, job, dir);
        LoadOutcome load;
        Optional<String> stopFailure;
        List<FaultEvent> faultEvents = List.of();
        try (BrokerWatch.Registration stopOnLoss = started.stopOnLoss()) {
            if (started.failure() != null) {
                load = LoadOutcome.notStarted(started.failure());
            } else {
                FaultScheduler faults = new FaultScheduler(
                        job,
                        started.engine(),
                        kafka,
                        deployment::cluster,
                        line -> console.info("[%s] %s", plan.label(), line));
                try {
                    load = loadPhase.run(plan, job, schedule, stopEarly, dir, started.engine(), faults);
                } finally {
                    faults.close(); // a fault under way (a restarting engine) ends before the engine is stopped
                }
                faultEvents = faults.events();
            }
        } finally {
            try {
                stopFailure = started.engine() == null
                        ? Optional.empty()
                        : started.engine().stop();
            } finally {
                deployment.close(); // after the engine: a job it did not stop is cancelled on the cluster first
            }
        }
        WorkloadEnding ending =
                WorkloadEnding.of(load, stopFailure, ShutdownRegistry.isShuttingDown(), kafka.failure());
        WorkloadArtifacts artifacts = WorkloadArtifacts.collect(
                plan.spec(), runDir, dir, Path.of(job.workDir()), load, deployment.jvms(started.engine(), dir));
        return WorkloadResultAssembler.assemble(
                plan, deployment.withClusterInfo(started.engineInfo()), load, ending, artifacts, before, faultEvents);
    }

    /** An engine whose broker is gone can deliver nothing: it is stopped at once, not after its own timeouts. */
    private BrokerWatch.Registration stopOnKafkaLoss(WorkloadPlan plan, RestartableEngine engine) {
        return kafka.onLoss(() -> {
            console.warn("[" + plan.label() + "] "
                    + kafka.failure()
                            .orElse("Kafka unavailable")
                            .lines()
                            .findFirst()
                            .orElse("")
                    + "; stopping the workload");
            engine.stopAfterKafkaLoss();
        });
    }

    /** The job; {@code clusterProperties} send it to the workload's standalone cluster (none in local mode). */
    private JobSpec job(WorkloadPlan plan, Path dir, Map<String, String> clusterProperties) {
        String topicPrefix = ("fsbench-" + runId + "-" + plan.label()).replaceAll("[^A-Za-z0-9._-]", "_");
        return new JobSpec(
                runId,
                plan.engine().name(),
                plan.spec().withEngineProperties(withCluster(plan.spec().engineProperties(), clusterProperties)),
                kafka.bootstrapServers(),
                kafka.clientProperties(),
                topicPrefix + "-in",
                topicPrefix + "-out",
                dir.resolve("engine").toString());
    }

    private static Map<String, String> withCluster(Map<String, String> properties, Map<String, String> cluster) {
        Map<String, String> merged = new java.util.LinkedHashMap<>(properties);
        merged.putAll(cluster);
        return merged;
    }

    /** Topics, engine JVM, readiness. The engine is null if it was never launched. */
    private StartedEngine startEngine(WorkloadPlan plan, JobSpec job, Path dir) {
        RestartableEngine engine = null;
        BrokerWatch.Registration stopOnLoss = () -> {};
        try {
            Files.createDirectories(Path.of(job.workDir()));
            loadPhase.createTopics(job);
            console.info(
                    "[%s] starting %s engine JVM", plan.label(), plan.engine().name());
            engine = RestartableEngine.launch(plan.engine(), job, dir, home);
            stopOnLoss = stopOnKafkaLoss(plan, engine); // a lost broker also ends the wait for readiness
            PhaseHold.at(PhaseHold.Phase.ENGINE_START);
            engine.awaitReady(HarnessSettings.READY_TIMEOUT_MS.get(plan.spec()));
            Map<String, JsonNode> info = EngineMetricsReader.readJson(engine.readyFile());
            JsonNode webUi = info.get("webUi");
            if (webUi != null) {
                console.info("[%s] engine ready; its web UI: %s", plan.label(), webUi.asText());
            }
            return new StartedEngine(engine, info, null, stopOnLoss);
        } catch (EngineFailure e) {
            return new StartedEngine(engine, Map.of(), e.getMessage(), stopOnLoss);
        } catch (Exception e) {
            return new StartedEngine(engine, Map.of(), WorkloadEnding.describe(e), stopOnLoss);
        }
    }

    /**
     * The engine phase's output: the engine (null if not launched), what it said when ready, or why it is not; and
     * the stop of the engine on Kafka's loss, to close once the engine is stopped anyway.
     */
    private record StartedEngine(
            RestartableEngine engine,
            Map<String, JsonNode> engineInfo,
            String failure,
            BrokerWatch.Registration stopOnLoss) {}
}
