package dev.fsbench.harness.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.results.GeneratorSummary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class ProducerThreadsTest {

    private static final WorkloadSpec ZIPF = new WorkloadSpec(
            "t", 20_000, 300, 100, new WindowSpec(200, 100), 500, KeyDistribution.ZIPF, 1.1, 50, 2, 1, 11, Map.of());

    private record Sent(List<String> records, GeneratorSummary report, GroundTruth truth, EventTimeIndex times) {}

    private static Sent send(int threads) {
        MockProducer<byte[], byte[]> producer =
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        LoadGenerator generator =
                new LoadGenerator(ZIPF, RateSchedule.constant(ZIPF.ratePerSec()), 100, true, threads, WarmupGate.FIXED);
        GeneratorSummary report = generator.run(producer, "in", MeasuredPhaseListener.NONE, () -> false);
        List<String> records = producer.history().stream()
                .map(r -> r.timestamp() + "|" + new String(r.key(), StandardCharsets.UTF_8) + "|"
                        + new String(r.value(), StandardCharsets.UTF_8))
                .sorted()
                .toList();
        return new Sent(records, report, generator.truth(), generator.eventTimes());
    }

    @Test
    void moreThreadsSendTheSameEventsAndBuildTheSameGroundTruth() {
        Sent one = send(1);
        Sent three = send(3);

        assertThat(three.report().producerThreads()).isEqualTo(3);
        assertThat(three.report().eventsSent())
                .isEqualTo(one.report().eventsSent())
                .isEqualTo(10_000);
        assertThat(three.report().measuredEvents()).isEqualTo(6_000);
        assertThat(three.records())
                .as("the same events, whichever thread sent each (offsets relative to each run's start)")
                .hasSize(one.records().size());
        assertThat(relative(three)).isEqualTo(relative(one));
        assertThat(three.truth().events()).isEqualTo(10_000);
        // windows are epoch-aligned and the runs started at different times: compare per-word totals
        assertThat(perWordMemberships(three.truth())).isEqualTo(perWordMemberships(one.truth()));
        assertThat(perWordEvents(three)).isEqualTo(perWordEvents(one));
    }

    private static long[] perWordMemberships(GroundTruth truth) {
        long[] totals = new long[truth.vocabularySize()];
        truth.forEachWindow(s -> true, (start, word, count) -> totals[word] += count);
        return totals;
    }

    private static int[] perWordEvents(Sent sent) {
        long start = sent.report().startEpochMs();
        return sent.times().countsBetween(start - 1_000, start + 2_000);
    }

    @Test
    void withAProducerPerThreadEachThreadSendsItsShareThroughItsOwn() {
        List<MockProducer<byte[], byte[]>> producers = List.of(
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()),
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()));
        LoadGenerator generator =
                new LoadGenerator(ZIPF, RateSchedule.constant(ZIPF.ratePerSec()), 100, false, 2, WarmupGate.FIXED);
        GeneratorSummary report = generator.run(producers, "in", MeasuredPhaseListener.NONE, () -> false);

        assertThat(report.eventsSent()).isEqualTo(10_000);
        assertThat(producers.get(0).history()).hasSize(5_000);
        assertThat(producers.get(1).history()).hasSize(5_000);
        assertThat(generator.truth().events()).isEqualTo(10_000);
    }

    @Test
    void aStallingThreadHoldsTheOthersBackSoEventsLeaveInScheduleOrder() {
        List<Long> sendOrder = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        int[] sends = {0};
        MockProducer<byte[], byte[]> stalling =
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()) {
                    @Override
                    public synchronized java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>
                            send(
                                    org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]> record,
                                    org.apache.kafka.clients.producer.Callback callback) {
                        if (++sends[0] % 200 == 0) {
                            try {
                                Thread.sleep(20); // this thread's producer stalls now and then
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        sendOrder.add(record.timestamp());
                        return super.send(record, callback);
                    }
                };
        MockProducer<byte[], byte[]> steady =
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()) {
                    @Override
                    public synchronized java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>
                            send(
                                    org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]> record,
                                    org.apache.kafka.clients.producer.Callback callback) {
                        sendOrder.add(record.timestamp());
                        return super.send(record, callback);
                    }
                };
        LoadGenerator generator = new LoadGenerator(
                new WorkloadSpec(
                        "t",
                        20_000,
                        400,
                        0,
                        WindowSpec.tumbling(100),
                        50,
                        KeyDistribution.UNIFORM,
                        1.0,
                        0,
                        1,
                        1,
                        5,
                        Map.of()),
                RateSchedule.constant(20_000),
                0,
                false,
                2,
                WarmupGate.FIXED);
        generator.run(List.of(stalling, steady), "in", MeasuredPhaseListener.NONE, () -> false);

        assertThat(sendOrder).hasSize(8_000);
        long latest = 0;
        for (long eventTime : sendOrder) {
            // no disorder drawn: event time = scheduled time (ms); threads at most 0.2 ms apart
            assertThat(eventTime).isGreaterThanOrEqualTo(latest - 1);
            latest = Math.max(latest, eventTime);
        }
    }

    /** Each record with its event time relative to the run's start: runs started at different times compare. */
    private static List<String> relative(Sent sent) {
        return sent.records().stream()
                .map(r -> {
                    String[] parts = r.split("\\|");
                    long offset = Long.parseLong(parts[0]) - sent.report().startEpochMs();
                    return offset + "|" + parts[1];
                })
                .sorted()
                .toList();
    }

    @Test
    void theEncoderWritesWhatRecordFormatWrites() {
        EventEncoder encoder = new EventEncoder(1_200);
        for (long time : new long[] {0, 7, 10, 1_764_500_000_123L, Long.MAX_VALUE, -5}) {
            for (int word : new int[] {0, 9, 1_199}) {
                assertThat(encoder.value(time, word)).isEqualTo(RecordFormat.encodeEvent(time, KeyChooser.word(word)));
                assertThat(encoder.key(word)).isEqualTo(RecordFormat.encodeKey(KeyChooser.word(word)));
            }
        }
    }
}
