package dev.fsbench.spark;

import dev.fsbench.api.JobSpec;
import java.util.HashMap;
import java.util.Map;

/** The job's Kafka client settings (bootstrap servers plus pass-through SASL/SSL and the like). */
final class KafkaClientOptions {

    private KafkaClientOptions() {}

    /** Plain client properties, for consumers and producers the job creates itself. */
    static Map<String, Object> clientProperties(JobSpec job) {
        Map<String, Object> properties = new HashMap<>(job.kafkaClientProperties());
        properties.put("bootstrap.servers", job.bootstrapServers());
        return properties;
    }

    /** The same, as Structured Streaming's Kafka source and sink options ("kafka." prefix). */
    static Map<String, String> structuredStreamingOptions(JobSpec job) {
        Map<String, String> options = new HashMap<>();
        clientProperties(job).forEach((key, value) -> options.put("kafka." + key, String.valueOf(value)));
        return options;
    }
}
