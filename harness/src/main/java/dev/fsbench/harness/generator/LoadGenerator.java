package dev.fsbench.harness.generator;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.results.GeneratorSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.Producer;

/**
 * Sends word events to the input topic on a {@link RateSchedule} (warm-up, measured phase, then a drain phase that
 * keeps event time moving so the engines' watermarks close the last measured windows), and builds the ground
 * truth of every window as it goes. Runs in the harness JVM, never in an engine's.
 *
 * <p>{@code producerThreads} {@link ScheduleSender}s share the one schedule and the one producer: thread k sends
 * the events {@code i ≡ k (mod threads)}, each when it is due and with its scheduled time as event time, so more
 * threads never change what is sent or when (no coordinated omission), only how much the ruler can send. Each
 * event's content depends on the seed and its index only ({@link EventRandom}). The calling thread coordinates:
 * it ends the warm-up ({@link PhasePlan}), watches {@code stop} and merges the threads' ground truths at the end.
 */
public final class LoadGenerator {

    /** The requested rate counts as kept if at least this share of it was achieved. */
    public static final double RATE_TOLERANCE = 0.98;

    /** A warm-up that a {@link WarmupGate} may end early lasts at least this long, so a detector has data. */
    public static final long MIN_WARMUP_MS = 5_000;

    private static final long COORDINATOR_TICK_MS = 10;

    private final WorkloadSpec spec;
    private final RateSchedule rates;
    private final long drainMs;
    private final boolean indexEventTimes;
    private final int producerThreads;
    private final WarmupGate gate;
    private final long minWarmupMs;
    private final EventEncoder encoder;
    private volatile List<ScheduleSender> senders = List.of();
    private volatile DueMemberships due;
    private volatile Phase phase = Phase.NOT_STARTED;
    private volatile GroundTruth truth;
    private volatile EventTimeIndex eventTimes;

    public enum Phase {
        NOT_STARTED,
        WARMUP,
        MEASURE,
        DRAIN,
        DONE
    }

    /** {@code indexEventTimes}: also keep {@link EventTimeIndex} (needed to judge processing-time windows). */
    public LoadGenerator(WorkloadSpec spec, long drainMs, boolean indexEventTimes) {
        this(spec, RateSchedule.constant(spec.ratePerSec()), drainMs, indexEventTimes);
    }

    /** Sends at {@code rates} instead of the spec's constant rate (e.g. a stepped ramp or bursts). */
    public LoadGenerator(WorkloadSpec spec, RateSchedule rates, long drainMs, boolean indexEventTimes) {
        this(spec, rates, drainMs, indexEventTimes, 1, WarmupGate.FIXED);
    }

    /**
     * Sends with {@code producerThreads} threads; {@code gate} may end the warm-up before its maximum, the spec's
     * {@code warmupMs} (never before {@link #MIN_WARMUP_MS}).
     */
    public LoadGenerator(
            WorkloadSpec spec,
            RateSchedule rates,
            long drainMs,
            boolean indexEventTimes,
            int producerThreads,
            WarmupGate gate) {
        this(spec, rates, drainMs, indexEventTimes, producerThreads, gate, MIN_WARMUP_MS);
    }

    /** With another minimum warm-up, for tests that should not wait {@link #MIN_WARMUP_MS}. */
    LoadGenerator(
            WorkloadSpec spec,
            RateSchedule rates,
            long drainMs,
            boolean indexEventTimes,
            int producerThreads,
            WarmupGate gate,
            long minWarmupMs) {
        if (producerThreads < 1) {
            throw new IllegalArgumentException(
                    "the generator needs at least 1 producer thread, got " + producerThreads);
        }
        this.spec = spec;
        this.rates = rates;
        this.drainMs = drainMs;
        this.indexEventTimes = indexEventTimes;
        this.producerThreads = producerThreads;
        this.gate = gate;
        this.minWarmupMs = minWarmupMs;
        this.encoder = new EventEncoder(spec.vocabularySize());
        this.truth = new GroundTruth(spec.window(), spec.vocabularySize());
        this.eventTimes = indexEventTimes ? new EventTimeIndex(spec.vocabularySize()) : null;
    }

    /**
     * How long to keep sending after the measured phase so that every measured window can close: the allowed
     * out-of-orderness, plus a margin for watermark intervals and micro-batch triggers.
     */
    public static long defaultDrainMs(WorkloadSpec spec) {
        return spec.outOfOrdernessMs() + Math.max(2_000L, spec.window().slideMs());
    }

    /** Longest warm-up + measured phase + drain: how long the generator will send at most. */
    public long plannedMillis() {
        return spec.warmupMs() + spec.durationMs() + drainMs;
    }

    /** The whole run's ground truth; valid once {@link #run} has returned. */
    public GroundTruth truth() {
        return truth;
    }

    /** Null unless requested in the constructor; valid once {@link #run} has returned. */
    public EventTimeIndex eventTimes() {
        return eventTimes;
    }

    public int producerThreads() {
        return producerThreads;
    }

    /** Events handed to the producer so far; thread-safe. */
    public long sent() {
        long total = 0;
        for (ScheduleSender sender : senders) {
            total += sender.sent();
        }
        return total;
    }

    public Phase phase() {
        return phase;
    }

    /**
     * Event-window memberships of the events sent so far in windows ending at or before {@code windowEndEpochMs}
     * (an event in {@code n} such windows counts {@code n} times); thread-safe, callable during the run.
     */
    public long membershipsDueBy(long windowEndEpochMs) {
        DueMemberships counts = due;
        return counts == null ? 0 : counts.dueBy(windowEndEpochMs);
    }

    /** The worst schedule lag since the previous call (ms); thread-safe, callable during the run. */
    public double takeMaxLagMs() {
        long worst = 0;
        for (ScheduleSender sender : senders) {
            worst = Math.max(worst, sender.takeLagNanos());
        }
        return worst / 1e6;
    }

    /**
     * Sends the whole schedule unless {@code stop} says otherwise; tells {@code onMeasuredPhase} the measured
     * phase's boundaries once they are fixed, before its first event goes out. Fails if the producer reports an
     * error: a lost input event would make the ground truth wrong.
     */
    public GeneratorSummary run(
            Producer<byte[], byte[]> producer,
            String topic,
            MeasuredPhaseListener onMeasuredPhase,
            BooleanSupplier stop) {
        return run(List.of(producer), topic, onMeasuredPhase, stop);
    }

    /** As {@link #run(Producer, String, MeasuredPhaseListener, BooleanSupplier)}; thread k sends with producer k mod n. */
    public GeneratorSummary run(
            List<? extends Producer<byte[], byte[]>> producers,
            String topic,
            MeasuredPhaseListener onMeasuredPhase,
            BooleanSupplier stop) {
        long[] anchoredEpochMs = new long[1];
        PhasePlan phases = new PhasePlan(
                rates,
                spec.warmupMs(),
                minWarmupMs,
                spec.durationMs(),
                drainMs,
                gate,
                (from, to) -> onMeasuredPhase.started(anchoredEpochMs[0] + from, anchoredEpochMs[0] + to));
        SenderSkew skew = new SenderSkew(producerThreads);
        CountDownLatch ready = new CountDownLatch(producerThreads);
        CountDownLatch go = new CountDownLatch(1);
        List<ScheduleSender> created = new ArrayList<>();
        for (int k = 0; k < producerThreads; k++) {
            created.add(new ScheduleSender(
                    k,
                    producerThreads,
                    spec,
                    phases,
                    skew,
                    ready,
                    go,
                    producers.get(k % producers.size()),
                    topic,
                    encoder,
                    indexEventTimes));
        }
        senders = List.copyOf(created);
        List<Thread> threads = new ArrayList<>();
        RateSchedule.Anchored schedule;
        try {
            threads.addAll(SenderThreads.start(senders));
            SenderThreads.awaitRunning(ready);
            // anchored once every thread runs: a thread that starts late must not begin behind the others
            schedule = rates.startingAt(System.nanoTime(), System.currentTimeMillis());
            anchoredEpochMs[0] = schedule.startEpochMillis();
            due = new DueMemberships(
                    spec.window(),
                    schedule.startEpochMillis() - spec.outOfOrdernessMs(),
                    schedule.startEpochMillis() + plannedMillis() + 1,
                    producerThreads);
            for (ScheduleSender sender : senders) {
                sender.begin(schedule, due);
            }
            phases.begin();
            go.countDown();
            coordinate(phases, threads, stop, schedule.startNanos());
        } finally {
            phases.stop(); // a failed coordinator must not leave senders sending
            go.countDown();
            SenderThreads.joinAll(threads);
        }
        producers.forEach(Producer::flush);
        Throwable failure = phases.failure();
        if (failure != null) {
            throw new IllegalStateException("generator could not write to Kafka: " + failure.getMessage(), failure);
        }
        mergeTruths();
        phase = Phase.DONE;
        return GeneratorReport.summarize(spec, rates, schedule, phases, senders, schedule.startEpochMillis());
    }

    private void coordinate(PhasePlan phases, List<Thread> threads, BooleanSupplier stop, long startNanos) {
        long nextAskMs = 0;
        while (threads.stream().anyMatch(Thread::isAlive)) {
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
            if (elapsedMs >= nextAskMs) {
                nextAskMs = phases.advance(elapsedMs);
            }
            phase = phaseAt(phases.boundaries(), elapsedMs);
            if (stop.getAsBoolean()) {
                phases.stop();
                return;
            }
            if (phases.failure() != null) {
                return;
            }
            try {
                threads.get(0).join(Math.max(1, Math.min(COORDINATOR_TICK_MS, nextAskMs - elapsedMs)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // an interrupted caller ends the run like a stop
                phases.stop();
                return;
            }
        }
    }

    private Phase phaseAt(PhasePlan.Boundaries boundaries, long elapsedMs) {
        if (boundaries == null || elapsedMs < boundaries.measureStartMs()) {
            return Phase.WARMUP;
        }
        return elapsedMs < boundaries.measureStartMs() + spec.durationMs() ? Phase.MEASURE : Phase.DRAIN;
    }

    private void mergeTruths() {
        GroundTruth merged = senders.get(0).truth();
        EventTimeIndex mergedTimes = senders.get(0).eventTimes();
        for (ScheduleSender sender : senders.subList(1, senders.size())) {
            merged.addAll(sender.truth());
            if (mergedTimes != null) {
                mergedTimes.addAll(sender.eventTimes());
            }
        }
        truth = merged;
        eventTimes = mergedTimes;
    }
}
