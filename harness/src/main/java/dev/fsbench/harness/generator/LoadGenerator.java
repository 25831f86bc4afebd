package dev.fsbench.harness.generator;

import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.results.GeneratorSummary;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends word events to the input topic on a {@link RateSchedule} (warm-up, measured phase, then a drain phase that
 * keeps event time moving so the engines' watermarks close the last measured windows), and builds the
 * ground truth of every window as it goes. Runs in the harness JVM, never in an engine's.
 */
public final class LoadGenerator {

    /** The requested rate counts as kept if at least this share of it was achieved. */
    public static final double RATE_TOLERANCE = 0.98;

    private final WorkloadSpec spec;
    private final RateSchedule rates;
    private final long drainMs;
    private final GroundTruth truth;
    private final EventTimeIndex eventTimes;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicReference<Throwable> sendFailure = new AtomicReference<>();
    private volatile Phase phase = Phase.NOT_STARTED;

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
        this.spec = spec;
        this.rates = rates;
        this.drainMs = drainMs;
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

    /** Warm-up + measured phase + drain: how long the generator will send. */
    public long plannedMillis() {
        return spec.warmupMs() + spec.durationMs() + drainMs;
    }

    public GroundTruth truth() {
        return truth;
    }

    /** Null unless requested in the constructor. */
    public EventTimeIndex eventTimes() {
        return eventTimes;
    }

    public long sent() {
        return sent.get();
    }

    public Phase phase() {
        return phase;
    }

    /**
     * Sends the whole schedule unless {@code stop} says otherwise; tells {@code onStartEpochMs} when event 0 is
     * scheduled, before sending it. Fails if the producer reports an error:
     * a lost input event would make the ground truth wrong.
     */
    public GeneratorSummary run(
            Producer<byte[], byte[]> producer, String topic, LongConsumer onStartEpochMs, BooleanSupplier stop) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(spec.seed());
        KeyChooser keys = KeyChooser.of(spec.keyDistribution(), spec.vocabularySize(), spec.zipfExponent(), random);
        long disorderBound = spec.outOfOrdernessMs();
        Callback onSent = (metadata, error) -> {
            if (error != null) {
                sendFailure.compareAndSet(null, error);
            }
        };

        long startEpochMs = System.currentTimeMillis();
        RateSchedule.Anchored schedule = rates.startingAt(System.nanoTime(), startEpochMs);
        onStartEpochMs.accept(startEpochMs);
        long warmupEvents = rates.eventsIn(spec.warmupMs());
        long measuredEnd = rates.eventsIn(spec.warmupMs() + spec.durationMs());
        long totalEvents = rates.eventsIn(spec.warmupMs() + spec.durationMs() + drainMs);
        long measureStartNanos = 0;
        long measureEndNanos = 0;
        long maxLagNanos = 0;
        phase = warmupEvents > 0 ? Phase.WARMUP : Phase.MEASURE;

        long index = 0;
        while (index < totalEvents && !stop.getAsBoolean()) {
            Throwable failure = sendFailure.get();
            if (failure != null) {
                throw new IllegalStateException("generator could not write to Kafka: " + failure.getMessage(), failure);
            }
            long due = schedule.dueNanos(index);
            long now = System.nanoTime();
            if (now < due) {
                LockSupport.parkNanos(Math.min(due - now, 1_000_000L));
                continue;
            }
            maxLagNanos = Math.max(maxLagNanos, now - due);
            if (index == warmupEvents) {
                measureStartNanos = now;
                phase = Phase.MEASURE;
            }
            long scheduledMs = schedule.scheduledEpochMillis(index);
            long eventTimeMs = disorderBound == 0 ? scheduledMs : scheduledMs - random.nextLong(disorderBound + 1);
            int wordIndex = keys.nextIndex();
            String word = KeyChooser.word(wordIndex);
            producer.send(
                    new ProducerRecord<>(
                            topic,
                            null,
                            eventTimeMs,
                            RecordFormat.encodeKey(word),
                            RecordFormat.encodeEvent(eventTimeMs, word, spec.payloadBytes())),
                    onSent);
            truth.add(eventTimeMs, wordIndex);
            if (eventTimes != null) {
                eventTimes.add(eventTimeMs, wordIndex);
            }
            sent.incrementAndGet();
            index++;
            if (index == measuredEnd) {
                measureEndNanos = System.nanoTime();
                phase = Phase.DRAIN;
            }
        }
        producer.flush();
        Throwable failure = sendFailure.get();
        if (failure != null) {
            throw new IllegalStateException("generator could not write to Kafka: " + failure.getMessage(), failure);
        }
        phase = Phase.DONE;

        long measuredEvents = Math.max(0, Math.min(index, measuredEnd) - warmupEvents);
        // From the phase's scheduled start (not the moment its first event went out: a generator that starts the
        // phase behind and then catches up must not report more than the requested rate) to the moment its last
        // event went out; an interrupted run measures the part of the phase it got through.
        long measuredUntil = measureEndNanos != 0 ? measureEndNanos : System.nanoTime();
        long scheduledStart = schedule.dueNanos(warmupEvents);
        double measuredSeconds = (measuredUntil - scheduledStart) / 1e9;
        // the interval between the first and the last measured event is one event shorter than the phase
        double achieved = measureStartNanos != 0 && measuredEvents > 1 && measuredSeconds > 0
                ? (measuredEvents - 1) / measuredSeconds
                : 0;
        boolean completed = index >= measuredEnd;
        double requested = rates.meanRate(spec.warmupMs(), spec.warmupMs() + spec.durationMs());
        return new GeneratorSummary(
                Math.round(requested),
                achieved,
                index,
                measuredEvents,
                maxLagNanos / 1e6,
                completed && achieved >= RATE_TOLERANCE * requested,
                startEpochMs,
                schedule.scheduledEpochMillis(warmupEvents),
                schedule.scheduledEpochMillis(measuredEnd),
                schedule.scheduledEpochMillis(totalEvents),
                null,
                1);
    }
}
