package dev.fsbench.harness.generator;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.kafka.KafkaBackend;
import dev.fsbench.harness.kafka.KafkaBackendException;
import dev.fsbench.harness.kafka.KafkaTopics;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The ruler's own ceiling: how many events per second the generator alone (no engine) gets into {@code kafka}
 * with the workload's settings (threads, producer settings, partitions, vocabulary), asked for a rate it cannot
 * reach so that every event is due at once. Counted over {@code durationMs} after a short warm-up (JIT, producer
 * buffers, topic leaders).
 */
public final class GeneratorCeiling {

    /** Far above anything one machine sends: every event is overdue, the generator sends flat out. */
    static final long UNREACHABLE_RATE = 1_000_000_000L;

    private static final long WARMUP_MS = 2_000;

    private GeneratorCeiling() {}

    /** Achieved events/s of the generator alone over {@code durationMs}, into a fresh topic of {@code kafka}. */
    public static double measure(KafkaBackend kafka, WorkloadSpec spec, long durationMs) throws KafkaBackendException {
        return measure(kafka, spec, durationMs, Map.of(), false, "generator-ceiling-" + System.currentTimeMillis());
    }

    /**
     * As {@link #measure(KafkaBackend, WorkloadSpec, long)} with producer settings on top and, if
     * {@code producerPerThread}, a producer per thread, into {@code topic}.
     */
    public static double measure(
            KafkaBackend kafka,
            WorkloadSpec spec,
            long durationMs,
            Map<String, String> producerSettings,
            boolean producerPerThread,
            String topic)
            throws KafkaBackendException {
        KafkaTopics.createWorkloadTopics(kafka, topic, topic + "-out", spec.partitions());
        LoadGenerator generator = new LoadGenerator(
                spec,
                RateSchedule.constant(UNREACHABLE_RATE),
                0,
                false,
                HarnessSettings.generatorThreads(spec),
                WarmupGate.FIXED);
        Window window = new Window(generator, WARMUP_MS, durationMs);
        try (GeneratorProducers producers = GeneratorProducers.open(
                kafka, topic, producerPerThread ? HarnessSettings.generatorThreads(spec) : 1, producerSettings)) {
            generator.run(producers.all(), topic, MeasuredPhaseListener.NONE, window::over);
        }
        return window.eventsPerSecond();
    }

    /** Counts what the generator sent between the end of the warm-up and the end of the measurement. */
    private static final class Window {
        private final LoadGenerator generator;
        private final long startNanos = System.nanoTime();
        private final long fromNanos;
        private final long untilNanos;
        private long sentAtFrom = -1;
        private long fromActualNanos;
        private long sentAtUntil;
        private long untilActualNanos;

        Window(LoadGenerator generator, long warmupMs, long durationMs) {
            this.generator = generator;
            this.fromNanos = startNanos + TimeUnit.MILLISECONDS.toNanos(warmupMs);
            this.untilNanos = fromNanos + TimeUnit.MILLISECONDS.toNanos(durationMs);
        }

        /** Polled by the generator's coordinator: true once the measurement is over. */
        boolean over() {
            long now = System.nanoTime();
            if (sentAtFrom < 0 && now >= fromNanos) {
                sentAtFrom = generator.sent();
                fromActualNanos = now;
            }
            if (now >= untilNanos && sentAtFrom >= 0) {
                sentAtUntil = generator.sent();
                untilActualNanos = now;
                return true;
            }
            return false;
        }

        double eventsPerSecond() {
            double seconds = (untilActualNanos - fromActualNanos) / 1e9;
            return seconds > 0 ? (sentAtUntil - sentAtFrom) / seconds : 0;
        }
    }
}
