package dev.fsbench.flink;

import dev.fsbench.api.RecordFormat;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** A named class on purpose: a lambda here fails Flink 2.x's type extraction. */
final class WindowResultSerializer implements KafkaRecordSerializationSchema<WindowCount> {

    private final String topic;

    WindowResultSerializer(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(WindowCount result, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(
                topic,
                RecordFormat.encodeKey(result.word),
                RecordFormat.encodeWindowResult(result.windowStartMs, result.windowEndMs, result.word, result.count));
    }
}
