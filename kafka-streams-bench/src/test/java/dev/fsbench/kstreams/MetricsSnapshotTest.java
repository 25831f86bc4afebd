package dev.fsbench.kstreams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

class MetricsSnapshotTest {

    private final Map<MetricName, Metric> metrics = new LinkedHashMap<>();

    @Test
    void threadsAreSummedOrMaxedRocksDbSummedAndOnlyTheMainConsumersLagAndIntakeCount() {
        put("stream-thread-metrics", "process-rate", Map.of("thread-id", "t1"), 100.0);
        put("stream-thread-metrics", "process-rate", Map.of("thread-id", "t2"), 50.0);
        put("stream-thread-metrics", "process-total", Map.of("thread-id", "t2"), 700.0);
        put("stream-thread-metrics", "process-total", Map.of("thread-id", "t1"), 300.0);
        put("stream-thread-metrics", "commit-latency-avg", Map.of("thread-id", "t1"), Double.NaN);
        put("stream-thread-metrics", "commit-latency-avg", Map.of("thread-id", "t2"), 12.0);
        put("stream-task-metrics", "dropped-records-total", Map.of("task-id", "0_0"), 0.0);
        put("stream-state-metrics", "estimate-num-keys", Map.of("task-id", "0_0"), 40.0);
        put("stream-state-metrics", "estimate-num-keys", Map.of("task-id", "0_1"), 2.0);
        put("stream-state-metrics", "put-rate", Map.of("task-id", "0_1"), 9.0);
        put("consumer-fetch-manager-metrics", "records-lag-max", Map.of("client-id", "t1-consumer"), 7.0);
        put("consumer-fetch-manager-metrics", "records-lag-max", Map.of("client-id", "t1-restore-consumer"), 900.0);
        put("consumer-fetch-manager-metrics", "records-consumed-total", Map.of("client-id", "t1-consumer"), 600.0);
        put("consumer-fetch-manager-metrics", "records-consumed-total", Map.of("client-id", "t2-consumer"), 450.0);
        put(
                "consumer-fetch-manager-metrics",
                "records-consumed-total",
                Map.of("client-id", "t1-restore-consumer"),
                5_000.0);
        put(
                "consumer-fetch-manager-metrics",
                "records-consumed-total",
                Map.of("client-id", "t1-consumer", "topic", "in"),
                600.0);
        put(
                "consumer-fetch-manager-metrics",
                "records-lag-max",
                Map.of("client-id", "t1-consumer", "topic", "in", "partition", "0"),
                800.0);

        MetricsSnapshot snapshot = MetricsSnapshot.of(metrics, Set.of("t1-consumer", "t2-consumer"));

        assertThat(snapshot.values())
                .containsEntry("kstreams.process-rate", 150.0)
                .containsEntry("kstreams.process-total", 1_000.0)
                .containsEntry("kstreams.commit-latency-avg", 12.0)
                .containsEntry("kstreams.dropped-records-total", 0.0)
                .containsEntry("kstreams.rocksdb.estimate-num-keys", 42.0)
                .containsEntry("kstreams.records-lag-max", 7.0)
                // intake: the main consumers' consumer-wide totals, not the restore consumer's nor per topic
                .containsEntry("kstreams.records-consumed-total", 1_050.0)
                .doesNotContainKey("kstreams.rocksdb.put-rate");
        // ordered by thread name
        assertThat(snapshot.processedPerThread()).containsExactly(300L, 700L);
    }

    private void put(String group, String name, Map<String, String> tags, double value) {
        MetricName metricName = new MetricName(name, group, "", tags);
        metrics.put(metricName, new Metric() {
            @Override
            public MetricName metricName() {
                return metricName;
            }

            @Override
            public Object metricValue() {
                return value;
            }
        });
    }
}
