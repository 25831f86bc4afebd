package dev.fsbench.flink;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.knobs.FlinkSettings;
import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceOptions;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;

/** The job's Kafka source and sink, configured from the {@link JobSpec}. */
final class KafkaEndpoints {

    /** Below the broker's default transaction.max.timeout.ms (15 min); the sink's own default (1 h) is refused. */
    static final String TRANSACTION_TIMEOUT_MS = String.valueOf(10 * 60 * 1000);

    private KafkaEndpoints() {}

    /** From the earliest offset: each workload gets fresh topics, so "earliest" is exactly the run's input. */
    static <T> KafkaSource<T> source(JobSpec job, EventCodec<T> codec) {
        Properties consumer = clientProperties(job);
        // without it the connector looks for new partitions every 5 minutes: a partition added mid-run is unread
        FlinkSettings.PARTITION_DISCOVERY_MS
                .find(job.workload())
                .ifPresent(ms -> consumer.setProperty(
                        KafkaSourceOptions.PARTITION_DISCOVERY_INTERVAL_MS.key(), String.valueOf(ms)));
        return KafkaSource.<T>builder()
                .setBootstrapServers(job.bootstrapServers())
                .setProperties(consumer)
                .setTopics(job.inputTopic())
                .setGroupId("fsbench-flink-" + job.runId())
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(KafkaRecordDeserializationSchema.valueOnly(new EventDeserializer<>(codec)))
                .build();
    }

    static KafkaSink<WindowCount> sink(JobSpec job, DeliveryGuarantee guarantee) {
        Properties producer = clientProperties(job);
        producer.putIfAbsent("transaction.timeout.ms", TRANSACTION_TIMEOUT_MS);
        return KafkaSink.<WindowCount>builder()
                .setBootstrapServers(job.bootstrapServers())
                .setKafkaProducerConfig(producer)
                .setRecordSerializer(new WindowResultSerializer(job.outputTopic()))
                .setDeliveryGuarantee(guarantee)
                // Per run: a leftover transaction of an earlier run can never fence or block this one.
                .setTransactionalIdPrefix("fsbench-flink-" + job.runId())
                .build();
    }

    private static Properties clientProperties(JobSpec job) {
        Properties properties = new Properties();
        properties.putAll(job.kafkaClientProperties());
        return properties;
    }
}
