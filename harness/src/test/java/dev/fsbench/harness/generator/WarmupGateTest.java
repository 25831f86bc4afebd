package dev.fsbench.harness.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.results.GeneratorSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class WarmupGateTest {

    private static final long RATE = 200;

    private static WorkloadSpec spec(long warmupMs) {
        return new WorkloadSpec(
                "t",
                RATE,
                500,
                warmupMs,
                WindowSpec.tumbling(500),
                10,
                KeyDistribution.UNIFORM,
                1.0,
                0,
                1,
                1,
                3,
                Map.of());
    }

    /** What the listener saw: the boundaries and how many events had been sent when it was told. */
    private static final class Seen implements MeasuredPhaseListener {
        final MockProducer<byte[], byte[]> producer =
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        long from;
        long to;
        int sentBefore = -1;

        @Override
        public void started(long measureStartEpochMs, long measureEndEpochMs) {
            from = measureStartEpochMs;
            to = measureEndEpochMs;
            sentBefore = producer.history().size();
        }
    }

    private static GeneratorSummary run(long maxWarmupMs, WarmupGate gate, Seen seen) {
        // minimum warm-up 1 s instead of 5 s, to keep the test short
        LoadGenerator generator =
                new LoadGenerator(spec(maxWarmupMs), RateSchedule.constant(RATE), 0, false, 2, gate, 1_000);
        return generator.run(seen.producer, "in", seen, () -> false);
    }

    @Test
    void aGateThatSaysSteadyEndsTheWarmupAtTheNextWholeSecond() {
        List<Long> asked = new ArrayList<>();
        Seen seen = new Seen();
        GeneratorSummary report = run(
                10_000,
                elapsed -> {
                    asked.add(elapsed);
                    return elapsed >= 2_000;
                },
                seen);

        assertThat(asked).containsExactly(1_000L, 2_000L);
        assertThat(report.warmupSteady()).isTrue();
        assertThat(seen.from).isEqualTo(report.startEpochMs() + 3_000).isEqualTo(report.measureStartEpochMs());
        assertThat(seen.to).isEqualTo(report.startEpochMs() + 3_500).isEqualTo(report.measureEndEpochMs());
        assertThat(seen.sentBefore)
                .as("no measured event went out before the listener knew the boundaries")
                .isLessThanOrEqualTo((int) (3 * RATE));
        assertThat(report.eventsSent()).isEqualTo(RATE * 3_500 / 1_000);
        assertThat(report.measuredEvents()).isEqualTo(RATE / 2);
        assertThat(report.producerThreads()).isEqualTo(2);
        assertThat(seen.producer.history()).hasSize((int) report.eventsSent());
    }

    @Test
    void aGateThatNeverSaysSteadyRunsTheWarmupToItsMaximum() {
        List<Long> asked = new ArrayList<>();
        Seen seen = new Seen();
        GeneratorSummary report = run(
                3_000,
                elapsed -> {
                    asked.add(elapsed);
                    return false;
                },
                seen);

        // asked at 1 s; "steady" at 2 s could only end it at 3 s, the maximum anyway
        assertThat(asked).containsExactly(1_000L);
        assertThat(report.warmupSteady()).isFalse();
        assertThat(seen.from).isEqualTo(report.startEpochMs() + 3_000);
        assertThat(seen.sentBefore).isLessThanOrEqualTo((int) (3 * RATE));
        assertThat(report.measuredEvents()).isEqualTo(RATE / 2);
    }

    @Test
    void aFixedWarmupRunsToTheSpecsWarmupAndIsToldBeforeTheFirstEvent() {
        Seen seen = new Seen();
        GeneratorSummary report = run(1_500, WarmupGate.FIXED, seen);

        assertThat(report.warmupSteady()).isNull();
        assertThat(seen.sentBefore).isZero();
        assertThat(seen.from).isEqualTo(report.startEpochMs() + 1_500);
        assertThat(seen.to).isEqualTo(report.startEpochMs() + 2_000);
        assertThat(report.eventsSent()).isEqualTo(RATE * 2_000 / 1_000);
    }
}
