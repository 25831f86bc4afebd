package dev.fsbench.harness.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.RecordFormat;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WordEvent;
import dev.fsbench.api.WorkloadSpec;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** A workload's payloadBytes: every record the generator sends carries it, and it changes no event or count. */
class PaddedEventsTest {

    @Test
    void theEncoderPadsAsRecordFormatDoes() {
        EventEncoder encoder = new EventEncoder(100, 1_000);
        for (long time : new long[] {0, 1_764_500_000_123L, -5}) {
            for (int word : new int[] {0, 99}) {
                assertThat(encoder.value(time, word))
                        .isEqualTo(RecordFormat.encodeEvent(time, KeyChooser.word(word), 1_000));
            }
        }
    }

    @Test
    void everySentRecordIsPaddedAndDecodesToTheEventTheGroundTruthCounted() {
        WorkloadSpec spec = new WorkloadSpec(
                "t",
                2_000,
                500,
                0,
                WindowSpec.tumbling(250),
                20,
                KeyDistribution.UNIFORM,
                1.0,
                0,
                1,
                1,
                3,
                1_000,
                Map.of());
        MockProducer<byte[], byte[]> producer =
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        LoadGenerator generator = new LoadGenerator(spec, 100, false);
        generator.run(producer, "in", (start, end) -> {}, () -> false);

        GroundTruth fromRecords = new GroundTruth(spec.window(), spec.vocabularySize());
        for (ProducerRecord<byte[], byte[]> record : producer.history()) {
            WordEvent event = RecordFormat.decodeEvent(record.value());
            int textLength = RecordFormat.encodeEvent(event.eventTimeMs(), event.word()).length;
            assertThat(record.value()).hasSize(textLength + 1_000);
            fromRecords.add(event.eventTimeMs(), Integer.parseInt(event.word().substring(1)));
        }
        assertThat(producer.history()).hasSize(1_200); // (500 + 100) ms at 2,000 ev/s
        assertThat(fromRecords.pairs()).isEqualTo(generator.truth().pairs());
        generator
                .truth()
                .forEachWindow(
                        s -> true,
                        (start, word, count) ->
                                assertThat(fromRecords.count(start, word)).isEqualTo(count));
    }
}
