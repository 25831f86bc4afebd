package dev.fsbench.harness.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WordEvent;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.results.GeneratorSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    private static WorkloadSpec spec(long rate, long durationMs, long warmupMs, long disorderMs) {
        return new WorkloadSpec(
                "t",
                rate,
                durationMs,
                warmupMs,
                WindowSpec.tumbling(500),
                50,
                KeyDistribution.UNIFORM,
                1.0,
                disorderMs,
                1,
                1,
                3,
                Map.of());
    }

    @Test
    void sendsTheScheduleAndItsGroundTruthMatchesWhatWasSent() {
        MockProducer<byte[], byte[]> producer =
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        LoadGenerator generator = new LoadGenerator(spec(2_000, 1_000, 500, 100), 300, false);
        long[] measured = new long[2];
        GeneratorSummary report = generator.run(
                producer,
                "in",
                (from, to) -> {
                    measured[0] = from;
                    measured[1] = to;
                },
                () -> false);
        long startedAt = report.startEpochMs();

        assertThat(report.eventsSent()).isEqualTo(3_600); // (500 + 1000 + 300) ms at 2000 ev/s
        assertThat(report.measuredEvents()).isEqualTo(2_000);
        assertThat(producer.history()).hasSize(3_600);
        assertThat(report.rateMet()).isTrue();
        // the achieved rate can reach, never exceed, the requested one
        assertThat(report.achievedRatePerSec()).isBetween(2_000 * 0.98, 2_000.0);
        assertThat(report.measureStartEpochMs()).isEqualTo(startedAt + 500).isEqualTo(measured[0]);
        assertThat(report.measureEndEpochMs()).isEqualTo(startedAt + 1_500).isEqualTo(measured[1]);
        assertThat(report.warmupSteady()).as("a fixed warm-up").isNull();
        assertThat(report.producerThreads()).isEqualTo(1);

        GroundTruth fromRecords = new GroundTruth(WindowSpec.tumbling(500), 50);
        long previousScheduled = 0;
        for (ProducerRecord<byte[], byte[]> record : producer.history()) {
            WordEvent event = RecordFormat.decodeEvent(record.value());
            assertThat(record.timestamp()).isEqualTo(event.eventTimeMs());
            assertThat(new String(record.key())).isEqualTo(event.word());
            fromRecords.add(event.eventTimeMs(), Integer.parseInt(event.word().substring(1)));
            // disorder is bounded: no event is older than the previous events' schedule minus the bound
            assertThat(event.eventTimeMs()).isGreaterThanOrEqualTo(previousScheduled - 100);
            previousScheduled = Math.max(previousScheduled, event.eventTimeMs());
        }
        GroundTruth truth = generator.truth();
        truth.forEachWindow(
                s -> true,
                (start, word, count) ->
                        assertThat(fromRecords.count(start, word)).isEqualTo(count));
        assertThat(truth.events()).isEqualTo(3_600);
    }

    @Test
    void aSteppedScheduleSendsEachEventWithItsScheduledTimeAsEventTime() {
        MockProducer<byte[], byte[]> producer =
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        RateSchedule ramp = RateSchedule.steps(List.of(
                new RateSchedule.Step(500, 20), // 10 events, 50 ms apart
                new RateSchedule.Step(500, 40))); // 20 events, 25 ms apart
        LoadGenerator generator = new LoadGenerator(spec(20, 1_000, 0, 0), ramp, 0, false);
        GeneratorSummary report = generator.run(producer, "in", MeasuredPhaseListener.NONE, () -> false);
        long startedAt = report.startEpochMs();

        List<Long> expected = new ArrayList<>();
        for (long t = 0; t < 500; t += 50) {
            expected.add(t);
        }
        for (long t = 500; t < 1_000; t += 25) {
            expected.add(t);
        }
        assertThat(producer.history().stream()
                        .map(r -> r.timestamp() - startedAt)
                        .toList())
                .containsExactlyElementsOf(expected);
        assertThat(report.eventsSent()).isEqualTo(30);
        assertThat(report.requestedRatePerSec())
                .as("the measured phase's mean rate")
                .isEqualTo(30);
        assertThat(report.measureEndEpochMs()).isEqualTo(startedAt + 1_000);
    }

    @Test
    void aStallingProducerShowsUpAsScheduleLagAndAMissedRate() {
        MockProducer<byte[], byte[]> producer =
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()) {
                    private int sends;

                    @Override
                    public synchronized java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>
                            send(
                                    ProducerRecord<byte[], byte[]> record,
                                    org.apache.kafka.clients.producer.Callback callback) {
                        if (++sends % 100 == 0) {
                            try {
                                Thread.sleep(
                                        20); // a broker that cannot keep up: 100 events per 20 ms = 5,000 ev/s at most
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        return super.send(record, callback);
                    }
                };
        LoadGenerator generator = new LoadGenerator(spec(20_000, 1_000, 0, 0), 0, false);
        GeneratorSummary report = generator.run(producer, "in", MeasuredPhaseListener.NONE, () -> false);
        assertThat(report.rateMet()).isFalse();
        assertThat(report.achievedRatePerSec()).isLessThan(20_000 * 0.5);
        assertThat(report.maxScheduleLagMs()).isGreaterThan(500);
        assertThat(generator.takeMaxLagMs())
                .as("nobody took the lag during the run: the run's worst")
                .isEqualTo(report.maxScheduleLagMs());
        assertThat(generator.takeMaxLagMs()).as("taken, and nothing sent since").isZero();
    }
}
