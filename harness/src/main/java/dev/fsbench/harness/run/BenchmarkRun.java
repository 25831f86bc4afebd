package dev.fsbench.harness.run;

import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.EngineDriver;
import dev.fsbench.harness.kafka.KafkaBackend;
import dev.fsbench.harness.kafka.KafkaBackendException;
import dev.fsbench.harness.kafka.KafkaBackends;
import dev.fsbench.harness.kafka.KafkaClockProbe;
import dev.fsbench.harness.kafka.KafkaOptions;
import dev.fsbench.harness.process.ShutdownRegistry;
import dev.fsbench.harness.result.EnvironmentProbe;
import dev.fsbench.harness.telemetry.HarnessRecording;
import dev.fsbench.results.CapacityResult;
import dev.fsbench.results.ClockOffset;
import dev.fsbench.results.Environment;
import dev.fsbench.results.HarnessProcess;
import dev.fsbench.results.KafkaInfo;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.TelemetryResult;
import dev.fsbench.results.WorkloadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A whole run: one Kafka backend, the workloads one after another (never concurrently: they would share the
 * machine's 2 cores and measure each other), result.json rewritten after each workload so a crash or Ctrl-C
 * keeps what was measured. Until the run ends result.json says RUNNING; an interruption writes INCOMPLETE
 * ({@link RunJournal}).
 */
public final class BenchmarkRun {

    private final String runId;
    private final Path runDir;
    private final List<WorkloadPlan> plans;
    private final KafkaBackend kafka;
    private final BenchHome home;
    private final Console console;
    private final List<WorkloadResult> completed = Collections.synchronizedList(new ArrayList<>());
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final List<CapacityResult> capacity = Collections.synchronizedList(new ArrayList<>());
    private final String startedAt = Instant.now().toString();
    private final HarnessProcess process = HarnessProcess.current();
    private final RunJournal journal;
    private volatile WorkloadPlan current;
    private volatile KafkaInfo kafkaInfo;
    private volatile TelemetryResult harnessTelemetry;
    private Environment environment;

    public BenchmarkRun(
            String runId, Path runDir, List<WorkloadPlan> plans, KafkaBackend kafka, BenchHome home, Console console) {
        this.runId = runId;
        this.runDir = runDir;
        this.plans = List.copyOf(plans);
        this.kafka = kafka;
        this.home = home;
        this.console = console;
        this.journal = new RunJournal(runDir, () -> snapshot(RunStatus.INCOMPLETE), console);
    }

    /** The run a request asks for, on a new Kafka backend whose own logs stay with the run (kafka/). */
    public static BenchmarkRun of(
            RunRequest request, String kafkaBackend, KafkaOptions kafkaOptions, BenchHome home, Console console) {
        KafkaBackend kafka = KafkaBackends.create(
                kafkaBackend, kafkaOptions.withLogDir(request.runDir().resolve("kafka")));
        return new BenchmarkRun(request.runId(), request.runDir(), request.plans(), kafka, home, console);
    }

    /** A warning found before the run started (e.g. a setting the engine could not verify), for the result. */
    public void warn(String warning) {
        warnings.add(warning);
    }

    /**
     * Work that runs after the workloads on the same Kafka backend, with the same runner: the capacity searches.
     * Each finished search is handed to {@code done} at once, so result.json keeps it if the run is interrupted.
     */
    @FunctionalInterface
    public interface AfterWorkloads {
        void run(WorkloadRunner runner, KafkaBackend kafka, Consumer<CapacityResult> done) throws KafkaBackendException;
    }

    public RunResult execute() throws IOException {
        return execute(null);
    }

    /** The workloads, then {@code after} (if not null) while Kafka still runs; ends the run. */
    public RunResult execute(AfterWorkloads after) throws IOException {
        return finish(measure(after));
    }

    /**
     * The workloads and {@code after}, leaving result.json RUNNING for a caller with more to do in the same run (the
     * suite's microbenchmarks): returns the run so far with the status it has so far, and the caller ends the run
     * with {@link #finish}. Until then an interruption still writes INCOMPLETE.
     */
    public RunResult measure(AfterWorkloads after) throws IOException {
        Files.createDirectories(runDir);
        Map<String, String> versions = new LinkedHashMap<>();
        plans.stream()
                .map(WorkloadPlan::engine)
                .distinct()
                .map(EngineDriver::versions)
                .forEach(versions::putAll);
        environment = EnvironmentProbe.probe(home.root(), versions);
        journal.open();
        journal.record(snapshot(null));
        HarnessRecording harnessRecording = HarnessRecording.start(runDir);
        long firstMeasureFrom = Long.MAX_VALUE;
        long lastMeasureTo = 0;
        try {
            console.info("run %s: %d workload(s), results in %s", runId, plans.size(), runDir.toAbsolutePath());
            startKafka();
            WorkloadRunner runner = new WorkloadRunner(runId, runDir, kafka, home, console);
            for (WorkloadPlan plan : plans) {
                if (ShutdownRegistry.isShuttingDown()) {
                    break;
                }
                current = plan;
                WorkloadResult result = runner.run(plan);
                current = null;
                completed.add(result);
                if (result.generator() != null) {
                    firstMeasureFrom =
                            Math.min(firstMeasureFrom, result.generator().measureStartEpochMs());
                    lastMeasureTo = Math.max(lastMeasureTo, result.generator().measureEndEpochMs());
                    if (!result.generator().rateMet()) {
                        warnings.add(plan.label() + ": requested "
                                + result.generator().requestedRatePerSec() + " ev/s, achieved "
                                + Math.round(result.generator().achievedRatePerSec()) + " ev/s");
                    }
                }
                if (result.status() == RunStatus.INVALID) {
                    warnings.add(plan.label() + ": INVALID: " + result.failureReason());
                }
                WorkloadSummary.print(console, result);
                if (result.machineLoad() != null && result.machineLoad().contended()) {
                    warnings.add(plan.label() + ": " + WorkloadSummary.contention(result.machineLoad()));
                }
                journal.record(snapshot(null));
            }
            // Kafka lost: every remaining workload was FAILED at once (WorkloadRunner); the run exits 1
            kafka.failure()
                    .ifPresent(lost -> warnings.add(lost.lines().findFirst().orElse(lost)));
            if (after != null
                    && !ShutdownRegistry.isShuttingDown()
                    && kafka.failure().isEmpty()) {
                after.run(runner, kafka, found -> {
                    capacity.add(found);
                    journal.recordQuietly(snapshot(null));
                });
            }
        } catch (KafkaBackendException e) {
            warnings.add("Kafka: " + e.getMessage());
            RunResult failed = snapshot(RunStatus.FAILED);
            journal.finishQuietly(failed);
            throw new RunAbortedException(e.getMessage(), failed);
        } finally {
            harnessTelemetry = harnessRecording.finish(
                    runDir,
                    firstMeasureFrom == Long.MAX_VALUE ? 0 : firstMeasureFrom,
                    lastMeasureTo == 0 ? System.currentTimeMillis() : lastMeasureTo);
            kafka.close();
        }
        RunResult result = snapshot(null);
        journal.record(result);
        return result;
    }

    /** Ends the run: {@code result} (OK, FAILED or INCOMPLETE, with its finishedAt) is written as the last word. */
    public RunResult finish(RunResult result) throws IOException {
        return journal.finish(result);
    }

    private void startKafka() throws KafkaBackendException {
        console.info("starting Kafka (%s)...", kafka.name());
        kafka.start();
        console.info(
                "Kafka %s ready at %s in %,d ms",
                kafka.version(), kafka.bootstrapServers(), kafka.startupTime().toMillis());
        kafkaInfo = new KafkaInfo(
                kafka.name(),
                kafka.version(),
                (double) kafka.startupTime().toMillis(),
                kafka.bootstrapServers(),
                kafka.clientProperties(), // KafkaInfo redacts the credentials
                externalClockOffset());
    }

    /**
     * Latency is the harness's clock minus the broker's stamps: on the same host (embedded, container) that is one
     * clock; another host's clock (an external cluster) is measured, and a latency it would skew is flagged.
     */
    private ClockOffset externalClockOffset() throws KafkaBackendException {
        if (kafka.sharesHarnessClock()) {
            return null;
        }
        ClockOffset offset = KafkaClockProbe.measure(kafka);
        console.info(
                "Kafka's clock is %+.1f ms (+/- %.1f ms) from the harness's",
                offset.offsetMs(), offset.uncertaintyMs());
        if (!offset.reliable()) {
            String warning = String.format(
                    "Kafka's clock is %+.1f ms from the harness's (over %.0f ms): every latency figure is off by"
                            + " about that much and is unreliable; synchronise the clocks (NTP/chrony)",
                    offset.offsetMs(), ClockOffset.LIMIT_MS);
            console.warn(warning);
            warnings.add(warning);
        }
        return offset;
    }

    private RunResult snapshot(RunStatus forced) {
        List<WorkloadResult> workloads;
        synchronized (completed) {
            workloads = new ArrayList<>(completed);
        }
        WorkloadPlan running = current;
        if (forced == RunStatus.INCOMPLETE && running != null) {
            workloads.add(WorkloadResultAssembler.interrupted(running));
        }
        List<CapacityResult> capacityCopy;
        synchronized (capacity) {
            capacityCopy = List.copyOf(capacity);
        }
        // a run of capacity searches only has no workloads of its own; a search failed if its engine did
        boolean workloadsOk = workloads.isEmpty()
                ? !capacityCopy.isEmpty()
                : workloads.stream().allMatch(w -> w.status() == RunStatus.OK);
        boolean capacityOk = capacityCopy.stream().allMatch(c -> c.failureReason() == null);
        RunStatus status = forced != null
                ? forced
                : ShutdownRegistry.isShuttingDown()
                        ? RunStatus.INCOMPLETE
                        // an INVALID workload is not OK: its load was not the one asked for
                        : workloadsOk && capacityOk ? RunStatus.OK : RunStatus.FAILED;
        List<String> warningsCopy;
        synchronized (warnings) {
            warningsCopy = List.copyOf(warnings);
        }
        return new RunResult(
                RunResult.SCHEMA_VERSION,
                runId,
                startedAt,
                Instant.now().toString(),
                status,
                warningsCopy,
                environment,
                kafkaInfo,
                workloads,
                harnessTelemetry,
                null,
                capacityCopy,
                process);
    }

    /** The run could not go on (Kafka unavailable); carries the result written so far. */
    public static final class RunAbortedException extends RuntimeException {
        private final transient RunResult partial;

        RunAbortedException(String message, RunResult partial) {
            super(message);
            this.partial = partial;
        }

        public RunResult partial() {
            return partial;
        }
    }
}
