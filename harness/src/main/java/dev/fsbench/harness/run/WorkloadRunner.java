package dev.fsbench.harness.run;

import dev.fsbench.api.EngineSession;
import dev.fsbench.api.JobSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.collector.LatencyRecorder;
import dev.fsbench.harness.collector.OutputCollector;
import dev.fsbench.harness.collector.Verification;
import dev.fsbench.harness.collector.Verifier;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.EngineLaunch;
import dev.fsbench.harness.engine.VerificationMode;
import dev.fsbench.harness.generator.GeneratorReport;
import dev.fsbench.harness.generator.LoadGenerator;
import dev.fsbench.harness.kafka.KafkaBackend;
import dev.fsbench.harness.kafka.KafkaTopics;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.process.ShutdownRegistry;
import dev.fsbench.harness.result.ResultSections;
import dev.fsbench.harness.telemetry.JvmTelemetry;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.LatencyTrend;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.TelemetryResult;
import dev.fsbench.results.Throughput;
import dev.fsbench.results.WorkloadConfig;
import dev.fsbench.results.WorkloadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Runs one workload end to end: topics, engine JVM, readiness, load, collection, completion wait, stop,
 * verification, metrics and telemetry. Every failure becomes a FAILED workload with a reason, never an
 * exception that would lose the other workloads' results.
 */
public final class WorkloadRunner {

    private static final Duration ENGINE_STOP_GRACE = Duration.ofSeconds(20);
    private static final int STDERR_TAIL_LINES = 30;

    private final String runId;
    private final Path runDir;
    private final KafkaBackend kafka;
    private final BenchHome home;
    private final Console console;

    public WorkloadRunner(String runId, Path runDir, KafkaBackend kafka, BenchHome home, Console console) {
        this.runId = runId;
        this.runDir = runDir;
        this.kafka = kafka;
        this.home = home;
        this.console = console;
    }

    /** Where a workload's files go; also the result's base for relative file paths. */
    public Path workloadDir(WorkloadPlan plan) {
        return runDir.resolve(plan.label());
    }

    public WorkloadResult run(WorkloadPlan plan) {
        WorkloadSpec spec = plan.spec();
        String label = plan.label();
        Path dir = workloadDir(plan);
        Path engineWorkDir = dir.resolve("engine");
        String topicPrefix = ("fsbench-" + runId + "-" + label).replaceAll("[^A-Za-z0-9._-]", "_");
        JobSpec job = new JobSpec(
                runId,
                plan.engine().name(),
                spec,
                kafka.bootstrapServers(),
                kafka.clientProperties(),
                topicPrefix + "-in",
                topicPrefix + "-out",
                engineWorkDir.toString());
        WorkloadOutcome outcome = new WorkloadOutcome(plan);
        ForkedJvm engine = null;
        try {
            Files.createDirectories(engineWorkDir);
            KafkaTopics.createWorkloadTopics(kafka, job.inputTopic(), job.outputTopic(), spec.partitions());
            Path jobFile = dir.resolve(EngineSession.JOB_FILE);
            EngineSession.writeJob(job, jobFile);

            EngineLaunch launch = plan.engine().launch(job, home);
            List<String> jvmOptions = new ArrayList<>(JvmTelemetry.jvmOptions(spec, dir, "engine"));
            jvmOptions.addAll(launch.jvmOptions());
            console.info("[%s] starting %s engine JVM", label, plan.engine().name());
            engine = ForkedJvm.start(new ForkedJvm.Spec(
                    "engine",
                    launch.mainClass(),
                    launch.classpath(),
                    jvmOptions,
                    List.of(jobFile.toAbsolutePath().toString()),
                    launch.environment(),
                    dir));
            outcome.engine = engine;
            awaitReady(engine, engineWorkDir, spec, label);
            outcome.engineInfo.putAll(EngineMetricsReader.readJson(engineWorkDir.resolve(EngineSession.READY_FILE)));
            Object webUi = outcome.engineInfo.get("webUi");
            if (webUi != null) {
                console.info("[%s] engine ready; its web UI: %s", label, webUi);
            }
            runLoad(plan, job, dir, engine, outcome);
        } catch (WorkloadFailure e) {
            outcome.fail(e.getMessage());
        } catch (Exception e) {
            outcome.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            if (engine != null) {
                int exit = engine.stop(ENGINE_STOP_GRACE);
                if (outcome.failureReason == null && exit != 0 && exit != 143 && !ShutdownRegistry.isShuttingDown()) {
                    outcome.fail("engine JVM exited with code " + exit + " when stopped:\n"
                            + engine.outputTail(STDERR_TAIL_LINES));
                }
            }
        }
        if (ShutdownRegistry.isShuttingDown()) {
            outcome.interrupted = true;
        }
        if (outcome.failureReason != null) {
            // an engine that lost its broker fails too: blame the broker
            kafka.failure()
                    .ifPresent(why -> outcome.failureReason =
                            "the Kafka broker failed: " + why + "\n(then the workload: " + outcome.failureReason + ")");
        }
        return finish(plan, dir, engineWorkDir, outcome);
    }

    private void awaitReady(ForkedJvm engine, Path engineWorkDir, WorkloadSpec spec, String label)
            throws InterruptedException, WorkloadFailure {
        long timeoutMs = spec.longProperty("harness.readyTimeoutMs", 180_000);
        long deadline = System.currentTimeMillis() + timeoutMs;
        Path ready = engineWorkDir.resolve(EngineSession.READY_FILE);
        while (!Files.exists(ready)) {
            if (!engine.isAlive()) {
                throw new WorkloadFailure(
                        "engine JVM exited with code " + engine.exitCode().orElse(-1) + " before it was ready:\n"
                                + engine.outputTail(STDERR_TAIL_LINES));
            }
            if (System.currentTimeMillis() > deadline || ShutdownRegistry.isShuttingDown()) {
                throw new WorkloadFailure("engine was not ready within " + timeoutMs + " ms (harness.readyTimeoutMs);"
                        + " last output:\n" + engine.outputTail(STDERR_TAIL_LINES));
            }
            Thread.sleep(100);
        }
    }

    private void runLoad(WorkloadPlan plan, JobSpec job, Path dir, ForkedJvm engine, WorkloadOutcome outcome)
            throws IOException, InterruptedException, WorkloadFailure {
        WorkloadSpec spec = plan.spec();
        boolean conservation = plan.engine().verificationMode() == VerificationMode.CONSERVATION;
        LoadGenerator generator = new LoadGenerator(spec, LoadGenerator.defaultDrainMs(spec), conservation);
        outcome.generator = generator;
        try (LatencyRecorder latency = new LatencyRecorder(dir.resolve("latency.hlog"));
                OutputCollector collector = new OutputCollector(
                        kafka.bootstrapServers(), kafka.clientProperties(), job.outputTopic(), latency);
                KafkaProducer<byte[], byte[]> producer =
                        new KafkaProducer<>(producerProps(), new ByteArraySerializer(), new ByteArraySerializer());
                ProgressSampler sampler =
                        new ProgressSampler(plan.label(), generator, collector, latency, engine, console)) {
            outcome.collector = collector;
            outcome.latency = latency;
            outcome.sampler = sampler;
            producer.partitionsFor(job.inputTopic()); // fetch metadata now, not inside the first scheduled send
            collector.start();
            sampler.start();
            GeneratorReport report = generator.run(
                    producer,
                    job.inputTopic(),
                    start -> collector.measureWindowsEndingBetween(
                            start + spec.warmupMs(), start + spec.warmupMs() + spec.durationMs()),
                    () -> !engine.isAlive() || ShutdownRegistry.isShuttingDown());
            outcome.generatorReport = report;
            if (ShutdownRegistry.isShuttingDown()) {
                // the shutdown hook may already have stopped the engine: that is an interruption, not a crash
                outcome.interrupted = true;
                return;
            }
            if (!engine.isAlive()) {
                throw new WorkloadFailure("engine JVM died during the run (exit code "
                        + engine.exitCode().orElse(-1) + "):\n" + engine.outputTail(STDERR_TAIL_LINES));
            }
            CompletionWait.await(plan, report, generator, collector, engine, console);
            sampler.close();
            if (collector.failure() != null) {
                throw new WorkloadFailure("collector failed: " + collector.failure());
            }
        }
    }

    private Properties producerProps() {
        Properties props = new Properties();
        props.putAll(kafka.clientProperties());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        // idempotence (the default with acks=all) keeps retries from duplicating input: the ground truth
        // counts every event exactly once
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(64 * 1024));
        return props;
    }

    private WorkloadResult finish(WorkloadPlan plan, Path dir, Path engineWorkDir, WorkloadOutcome outcome) {
        WorkloadSpec spec = plan.spec();
        GeneratorReport report = outcome.generatorReport;
        Verification verification = null;
        if (report != null && outcome.collector != null && !outcome.interrupted) {
            verification = Verifier.verify(
                    plan.engine().verificationMode(),
                    outcome.generator.truth(),
                    outcome.collector.received(),
                    report.measureEndEpochMs(),
                    outcome.generator.eventTimes());
            if (!verification.passed() && outcome.failureReason == null) {
                outcome.fail("verification failed: " + String.join("; ", verification.examples()));
            }
        }
        if (report != null && !report.rateMet()) {
            console.warn(String.format(
                    "[%s] the generator did NOT keep the requested rate: %d ev/s requested, %.0f ev/s"
                            + " achieved (max schedule lag %.0f ms). Figures below are for the achieved load, and latency"
                            + " includes the backlog.",
                    plan.label(),
                    report.requestedRatePerSec(),
                    report.achievedRatePerSec(),
                    report.maxScheduleLagMs()));
        }

        EngineMetrics engineMetrics;
        Map<String, Object> engineInfo = new LinkedHashMap<>(outcome.engineInfo);
        try {
            engineMetrics = EngineMetricsReader.read(engineWorkDir);
        } catch (IOException e) {
            engineMetrics = new EngineMetrics(List.of(), ResultSections.json(Map.of("error", e.getMessage())));
        }
        long measureFrom = report != null ? report.measureStartEpochMs() : 0;
        long measureTo = report != null ? report.measureEndEpochMs() : System.currentTimeMillis();
        TelemetryResult telemetry = JvmTelemetry.analyze(spec, dir, "engine", measureFrom, measureTo);

        Map<String, String> files = new LinkedHashMap<>();
        for (String name : List.of("job.json", "engine.out", "engine.err", "engine.jvmargs", "latency.hlog")) {
            if (Files.exists(dir.resolve(name))) {
                files.put(
                        name.replace('.', '_'),
                        runDir.relativize(dir.resolve(name)).toString());
            }
        }
        if (telemetry.telemetry() != null && telemetry.telemetry().files() != null) {
            telemetry
                    .telemetry()
                    .files()
                    .forEach((k, v) ->
                            files.put(k, runDir.relativize(dir.resolve(v)).toString()));
        }

        RunStatus status = outcome.interrupted
                ? RunStatus.INCOMPLETE
                : outcome.failureReason == null ? RunStatus.OK : RunStatus.FAILED;
        LatencySummary latency =
                outcome.latency == null ? LatencySummary.empty() : ResultSections.latency(outcome.latency.total());
        List<LatencyInterval> intervals =
                outcome.latency == null ? List.of() : ResultSections.intervals(outcome.latency.intervals());
        return WorkloadResult.builder(plan.engine().name(), spec.scenario())
                .status(status, outcome.failureReason)
                .config(WorkloadConfig.of(spec))
                .generator(ResultSections.generator(report))
                .verification(
                        ResultSections.verification(verification != null ? verification : emptyVerification(plan)))
                .throughput(
                        throughput(spec, report, outcome),
                        outcome.sampler == null
                                ? List.of()
                                : outcome.sampler.throughputSeries(spec.window().windowsPerEvent()))
                .latency(
                        latency,
                        outcome.latency == null ? null : ResultSections.latency(outcome.latency.visible()),
                        // only windows of the measured phase are recorded, so every non-empty interval is measured
                        outcome.latency == null ? null : LatencyTrend.of(intervals),
                        intervals)
                .files(files)
                .engine(ResultSections.json(engineInfo), engineMetrics)
                .telemetry(telemetry)
                .build();
    }

    private static Verification emptyVerification(WorkloadPlan plan) {
        String mode = plan.engine().verificationMode() == VerificationMode.EXACT ? "exact" : "conservation";
        return new Verification(
                mode, false, 0, 0, 0, 0, 0, 0, 0, 0, null, List.of("not verified: the run did not complete"));
    }

    private static Throughput throughput(WorkloadSpec spec, GeneratorReport report, WorkloadOutcome outcome) {
        if (report == null || outcome.collector == null) {
            return new Throughput(0, 0);
        }
        long from = report.measureStartEpochMs();
        long to = report.measureEndEpochMs();
        long counted = 0;
        for (var got : outcome.collector.received().all()) {
            if (got.windowEndMs() > from && got.windowEndMs() <= to) {
                counted += got.firstCount();
            }
        }
        double seconds = (to - from) / 1000.0;
        return new Throughput(
                report.achievedRatePerSec(),
                seconds > 0 ? counted / (double) spec.window().windowsPerEvent() / seconds : 0);
    }

    /** Mutable state of one workload while it runs; read once at the end to build the immutable result. */
    static final class WorkloadOutcome {
        final WorkloadPlan plan;
        final Map<String, Object> engineInfo = new LinkedHashMap<>();
        ForkedJvm engine;
        LoadGenerator generator;
        GeneratorReport generatorReport;
        OutputCollector collector;
        LatencyRecorder latency;
        ProgressSampler sampler;
        String failureReason;
        boolean interrupted;

        WorkloadOutcome(WorkloadPlan plan) {
            this.plan = plan;
        }

        void fail(String reason) {
            if (failureReason == null) {
                failureReason = reason;
            }
        }
    }

    /** A workload-level failure with a message meant for the user. */
    static final class WorkloadFailure extends Exception {
        WorkloadFailure(String message) {
            super(message);
        }
    }
}
