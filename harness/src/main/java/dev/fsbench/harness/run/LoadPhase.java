package dev.fsbench.harness.run;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.collector.LatencyRecorder;
import dev.fsbench.harness.collector.OutputCollector;
import dev.fsbench.harness.engine.EngineHandle;
import dev.fsbench.harness.engine.VerificationMode;
import dev.fsbench.harness.fault.FaultScheduler;
import dev.fsbench.harness.generator.GeneratorProducer;
import dev.fsbench.harness.generator.LoadGenerator;
import dev.fsbench.harness.generator.MeasuredPhaseListener;
import dev.fsbench.harness.generator.RateSchedule;
import dev.fsbench.harness.generator.WarmupGate;
import dev.fsbench.harness.kafka.KafkaBackend;
import dev.fsbench.harness.kafka.KafkaBackendException;
import dev.fsbench.harness.kafka.KafkaTopics;
import dev.fsbench.harness.process.ExitCodes;
import dev.fsbench.harness.process.ShutdownRegistry;
import dev.fsbench.harness.sustain.SteadyStateDetector;
import dev.fsbench.results.GeneratorSummary;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;

/**
 * The load phase of one workload: the generator sends on its {@link RateSchedule} while the collector reads the
 * engine's output and the sampler prints progress, then waits until the engine has emitted what it owes. It
 * watches the engine through an {@link EngineHandle} and never holds the engine's JVM, so a restarted engine can
 * take over mid-phase. It never throws: a failure ends the phase and is part of its outcome, together with
 * whatever was measured until then.
 */
final class LoadPhase {

    static final String LATENCY_LOG = "latency.hlog";

    private final KafkaBackend kafka;
    private final Console console;

    LoadPhase(KafkaBackend kafka, Console console) {
        this.kafka = kafka;
        this.console = console;
    }

    /** Before the engine starts: it subscribes to the input topic and writes to the output topic. */
    void createTopics(JobSpec job) throws KafkaBackendException {
        KafkaTopics.createWorkloadTopics(
                kafka, job.inputTopic(), job.outputTopic(), job.workload().partitions());
    }

    LoadOutcome run(WorkloadPlan plan, JobSpec job, RateSchedule rates, Path dir, EngineHandle engine) {
        return run(plan, job, rates, LoadStop.NEVER, dir, engine);
    }

    /** As above; {@code stopEarly} may end the sending early (a capacity ramp whose engine is clearly behind). */
    LoadOutcome run(
            WorkloadPlan plan, JobSpec job, RateSchedule rates, LoadStop stopEarly, Path dir, EngineHandle engine) {
        return run(plan, job, rates, stopEarly, dir, engine, MeasuredPhaseListener.NONE);
    }

    /** As above; {@code measured} is also told when the measured phase starts (the fault schedule's clock). */
    LoadOutcome run(
            WorkloadPlan plan,
            JobSpec job,
            RateSchedule rates,
            LoadStop stopEarly,
            Path dir,
            EngineHandle engine,
            MeasuredPhaseListener measured) {
        WorkloadSpec spec = plan.spec();
        boolean conservation = plan.engine().verificationMode() == VerificationMode.CONSERVATION;
        // the detector watches the engine during the warm-up and may end it, the spec's warm-up being the maximum
        SteadyStateDetector detector = HarnessSettings.WARMUP_UNTIL_STEADY.get(spec) && spec.warmupMs() > 0
                ? new SteadyStateDetector(spec.ratePerSec())
                : null;
        LoadGenerator generator = new LoadGenerator(
                spec,
                rates,
                LoadGenerator.defaultDrainMs(spec),
                conservation,
                HarnessSettings.generatorThreads(spec),
                detector == null ? WarmupGate.FIXED : detector);
        Finished finished = null;
        try (LatencyRecorder latency = new LatencyRecorder(dir.resolve(LATENCY_LOG));
                OutputCollector collector = new OutputCollector(
                        kafka.bootstrapServers(), kafka.clientProperties(), job.outputTopic(), latency);
                KafkaProducer<byte[], byte[]> producer = GeneratorProducer.open(
                        kafka.bootstrapServers(),
                        kafka.clientProperties(),
                        job.inputTopic(),
                        FaultScheduler.producerOverrides(spec));
                ProgressSampler sampler = new ProgressSampler(
                        plan.label(), spec, generator, collector, latency, engine, console, detector)) {
            collector.start();
            sampler.start();
            Ending ending = drive(plan, job, generator, producer, collector, engine, stopEarly, measured);
            sampler.close();
            finished = new Finished(ending, collector, latency, sampler);
        } catch (Exception e) {
            if (finished == null) {
                return LoadOutcome.notStarted(WorkloadEnding.describe(e));
            }
            // the phase ran to its end and only closing an instrument failed: keep every figure, and fail the
            // workload with what went wrong
            finished = finished.failedToClose(WorkloadEnding.describe(e));
        }
        // read once the collector has stopped: nothing arrives any more
        GeneratorSummary report = finished.ending().report();
        return new LoadOutcome(
                report == null ? null : new LoadOutcome.Input(report, generator.truth(), generator.eventTimes()),
                new LoadOutcome.Output(
                        finished.collector().received(),
                        finished.latency().total(),
                        finished.latency().visible(),
                        finished.latency().intervals(),
                        finished.sampler().throughputSeries(),
                        finished.latency().measuredWindows(),
                        finished.collector()
                                .outputRecords(
                                        kafka.sharesHarnessClock(),
                                        finished.ending().watchMs()),
                        finished.sampler().loadDuring()),
                finished.ending().failureReason(),
                finished.ending().interrupted(),
                finished.ending().behind(),
                finished.ending().machine());
    }

    private Ending drive(
            WorkloadPlan plan,
            JobSpec job,
            LoadGenerator generator,
            KafkaProducer<byte[], byte[]> producer,
            OutputCollector collector,
            EngineHandle engine,
            LoadStop stopEarly,
            MeasuredPhaseListener measured) {
        GeneratorSummary report;
        try {
            report = generator.run(
                    producer,
                    job.inputTopic(),
                    (start, end) -> {
                        collector.measureWindowsEndingBetween(start, end);
                        measured.started(start, end);
                    },
                    () -> kafkaLost(producer)
                            || !engine.isAlive()
                            || ShutdownRegistry.isShuttingDown()
                            || stopEarly.stop(
                                    generator::sent, () -> collector.received().countSum()));
        } catch (RuntimeException e) {
            return new Ending(null, WorkloadEnding.describe(e), false);
        }
        // the 1-minute load average hardly moves in the few seconds of drain since the measured phase ended
        MachineSample machine = MachineSample.now();
        warnIfRateMissed(plan, report);
        if (ShutdownRegistry.isShuttingDown()) {
            // the shutdown hook may already have stopped the engine: that is an interruption, not a crash
            return new Ending(report, null, true, null, machine);
        }
        if (kafka.failure().isPresent()) {
            // the rest of the reason is Kafka's loss (WorkloadEnding): nothing more will arrive to wait for
            return new Ending(report, "sending stopped when Kafka was lost", false, null, machine);
        }
        if (!engine.isAlive()) {
            return new Ending(
                    report,
                    "engine JVM died during the run ("
                            + ExitCodes.describe(engine.exitCode().orElse(-1)) + "):\n" + engine.outputTail(),
                    false,
                    null,
                    machine);
        }
        LoadOutcome.Behind behind;
        try {
            behind = CompletionWait.await(plan, report, generator, collector, engine, console);
        } catch (InterruptedException e) {
            // ends the phase; the engine is still stopped politely afterwards, so the flag is not restored
            return new Ending(report, WorkloadEnding.describe(e), false, null, machine);
        }
        long watchedMs = 0;
        if (behind == null) {
            try {
                watchedMs = WatchPeriod.watch(plan, collector, engine, console);
            } catch (InterruptedException e) {
                return new Ending(report, WorkloadEnding.describe(e), false, null, machine);
            }
        }
        if (collector.failure() != null) {
            return new Ending(report, "collector failed: " + collector.failure(), false, behind, machine, watchedMs);
        }
        return new Ending(report, null, false, behind, machine, watchedMs);
    }

    /**
     * Whether Kafka is gone; if so the producer is closed at once, dropping what it still buffers: the generator's
     * flush would otherwise wait out {@code delivery.timeout.ms} for a broker that will not come back. Asked first,
     * since the loss also stops the engine.
     */
    private boolean kafkaLost(Producer<byte[], byte[]> producer) {
        if (kafka.failure().isEmpty()) {
            return false;
        }
        producer.close(Duration.ZERO);
        return true;
    }

    private void warnIfRateMissed(WorkloadPlan plan, GeneratorSummary report) {
        if (!report.rateMet()) {
            console.warn(String.format(
                    "[%s] the generator did NOT keep the requested rate: %d ev/s requested, %.0f ev/s"
                            + " achieved (max schedule lag %.0f ms). Figures below are for the achieved load, and latency"
                            + " includes the backlog.",
                    plan.label(),
                    report.requestedRatePerSec(),
                    report.achievedRatePerSec(),
                    report.maxScheduleLagMs()));
        }
    }

    /**
     * How sending and waiting ended; {@code report} is null if the generator failed, {@code behind} unless the
     * engine was given up on while still catching up, {@code machine} if sending ended.
     */
    record Ending(
            GeneratorSummary report,
            String failureReason,
            boolean interrupted,
            LoadOutcome.Behind behind,
            MachineSample machine,
            long watchMs) {

        Ending(GeneratorSummary report, String failureReason, boolean interrupted) {
            this(report, failureReason, interrupted, null, null);
        }

        Ending(
                GeneratorSummary report,
                String failureReason,
                boolean interrupted,
                LoadOutcome.Behind behind,
                MachineSample machine) {
            this(report, failureReason, interrupted, behind, machine, 0);
        }

        /** After a failed close: the first failure stays the reason; the close is one only if nothing failed. */
        Ending afterCloseFailure(String why) {
            return failureReason != null
                    ? this
                    : new Ending(
                            report, "closing the load phase failed: " + why, interrupted, behind, machine, watchMs);
        }
    }

    /** The phase's instruments, read once they are closed. */
    private record Finished(
            Ending ending, OutputCollector collector, LatencyRecorder latency, ProgressSampler sampler) {

        Finished failedToClose(String why) {
            return new Finished(ending.afterCloseFailure(why), collector, latency, sampler);
        }
    }
}
