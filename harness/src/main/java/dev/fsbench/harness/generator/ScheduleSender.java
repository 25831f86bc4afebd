package dev.fsbench.harness.generator;

import dev.fsbench.api.WorkloadSpec;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * One of the generator's sender threads: sends the events {@code i ≡ shard (mod shards)} of the one schedule,
 * each when it is due and carrying its scheduled time as event time, and keeps its own share of the ground truth.
 * Its counters are written by its thread only and read by others.
 */
final class ScheduleSender implements Runnable {

    private static final long MAX_PARK_NANOS = 1_000_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final int shard;
    private final int shards;
    private final PhasePlan plan;
    private final SenderSkew skew;
    private final CountDownLatch ready;
    private final CountDownLatch go;
    private volatile RateSchedule.Anchored schedule;
    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final EventEncoder encoder;
    private final EventRandom random;
    private final KeyChooser keys;
    private final long disorderBound;
    private final GroundTruth truth;
    private final EventTimeIndex eventTimes;
    private DueMemberships due;
    private final Callback onSent;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong lagSinceTaken = new AtomicLong();
    private volatile boolean finished;
    private long maxLagNanos;
    private long nextIndex;
    private long lastMeasuredNanos;

    ScheduleSender(
            int shard,
            int shards,
            WorkloadSpec spec,
            PhasePlan plan,
            SenderSkew skew,
            CountDownLatch ready,
            CountDownLatch go,
            Producer<byte[], byte[]> producer,
            String topic,
            EventEncoder encoder,
            boolean indexEventTimes) {
        this.shard = shard;
        this.shards = shards;
        this.plan = plan;
        this.skew = skew;
        this.ready = ready;
        this.go = go;
        this.producer = producer;
        this.topic = topic;
        this.encoder = encoder;
        this.random = new EventRandom(spec.seed());
        this.keys = KeyChooser.of(spec.keyDistribution(), spec.vocabularySize(), spec.zipfExponent(), random);
        this.disorderBound = spec.outOfOrdernessMs();
        this.truth = new GroundTruth(spec.window(), spec.vocabularySize());
        this.eventTimes = indexEventTimes ? new EventTimeIndex(spec.vocabularySize()) : null;
        this.onSent = (metadata, error) -> {
            if (error != null) {
                plan.fail(error);
            }
        };
        this.nextIndex = shard;
    }

    /** Before {@code go} opens: where the schedule starts, where sent events are counted. */
    void begin(RateSchedule.Anchored anchored, DueMemberships memberships) {
        this.due = memberships;
        this.schedule = anchored;
    }

    @Override
    public void run() {
        try {
            ready.countDown();
            go.await(); // all threads start together, on a schedule anchored once they all run
            sendUntilDoneOrStopped();
        } catch (InterruptedException e) {
            plan.fail(e);
        } catch (RuntimeException | Error e) {
            plan.fail(e);
        } finally {
            finished = true;
            skew.publish(shard, SenderSkew.FINISHED);
        }
    }

    private void sendUntilDoneOrStopped() {
        RateSchedule.Anchored schedule = this.schedule;
        long allowedUntil = Long.MIN_VALUE;
        long index = shard;
        while (!plan.stopped()) {
            // the offset once per event: due time and event time both come from it (the division is not free)
            long offsetNanos = schedule.schedule().offsetNanos(index);
            long dueNanos = schedule.startNanos() + offsetNanos;
            skew.publish(shard, dueNanos); // also while held at the send limit: it holds nobody back
            if (index >= plan.sendLimit()) {
                PhasePlan.Boundaries fixed = plan.boundaries();
                if (fixed != null && index >= fixed.totalEvents()) {
                    return;
                }
                LockSupport.parkNanos(MAX_PARK_NANOS / 10); // the coordinator is about to extend the warm-up
                continue;
            }
            if (dueNanos > allowedUntil) {
                allowedUntil = skew.allowedUntilNanos();
                if (dueNanos > allowedUntil) {
                    LockSupport.parkNanos(SenderSkew.BUDGET_NANOS / 4); // a slower thread first
                    continue;
                }
            }
            long now = System.nanoTime();
            if (now < dueNanos) {
                LockSupport.parkNanos(Math.min(dueNanos - now, MAX_PARK_NANOS));
                continue;
            }
            noteLag(now - dueNanos);
            send(index, schedule.startEpochMillis() + offsetNanos / NANOS_PER_MILLI);
            PhasePlan.Boundaries fixed = plan.boundaries();
            if (fixed != null && index >= fixed.warmupEvents() && index < fixed.measuredEnd()) {
                lastMeasuredNanos = now;
            }
            index += shards;
            nextIndex = index;
            sent.lazySet(sent.get() + 1);
        }
    }

    /** {@code scheduledMs}: as {@link RateSchedule.Anchored#scheduledEpochMillis}, already computed. */
    private void send(long index, long scheduledMs) {
        random.startEvent(index);
        long eventTimeMs = disorderBound == 0 ? scheduledMs : scheduledMs - random.nextLong(disorderBound + 1);
        int wordIndex = keys.nextIndex();
        producer.send(
                new ProducerRecord<>(
                        topic, null, eventTimeMs, encoder.key(wordIndex), encoder.value(eventTimeMs, wordIndex)),
                onSent);
        truth.add(eventTimeMs, wordIndex);
        if (eventTimes != null) {
            eventTimes.add(eventTimeMs, wordIndex);
        }
        due.add(shard, eventTimeMs);
    }

    private void noteLag(long lagNanos) {
        if (lagNanos > maxLagNanos) {
            maxLagNanos = lagNanos;
        }
        if (lagNanos > lagSinceTaken.getPlain()) {
            lagSinceTaken.accumulateAndGet(lagNanos, Math::max);
        }
    }

    long sent() {
        return sent.get();
    }

    /**
     * Worst lag since the previous call, resetting it; includes the lag of the next event if it is overdue and not
     * yet sent, so a sender stuck in the producer shows its lag while stuck, not only once it sends again.
     */
    long takeLagNanos() {
        long taken = lagSinceTaken.getAndSet(0);
        long next = shard + sent.get() * shards;
        RateSchedule.Anchored schedule = this.schedule;
        if (schedule == null || finished || next >= plan.sendLimit()) {
            return taken;
        }
        return Math.max(taken, System.nanoTime() - schedule.dueNanos(next));
    }

    // read after the thread has ended

    long maxLagNanos() {
        return maxLagNanos;
    }

    long lastMeasuredNanos() {
        return lastMeasuredNanos;
    }

    /** How many of this sender's events lie in [from, to) of the indexes it got through. */
    long sentBetween(long fromIndex, long toIndex) {
        long until = Math.min(toIndex, nextIndex);
        return Math.max(0, ownedBelow(until) - ownedBelow(fromIndex));
    }

    private long ownedBelow(long index) {
        return index <= shard ? 0 : (index - shard + shards - 1) / shards;
    }

    GroundTruth truth() {
        return truth;
    }

    EventTimeIndex eventTimes() {
        return eventTimes;
    }
}
