package dev.fsbench.kstreams;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * One reading of a Kafka Streams client's metrics, reduced to the engine's series: per-thread metrics summed (rates,
 * totals) or maxed (latency, lag) over the threads, RocksDB's property metrics summed over tasks and segments.
 * Names are Kafka Streams' own, prefixed {@code kstreams.}. The main consumers' {@code records-consumed-total} is
 * the engine's intake: records fetched from Kafka into the stream threads' input buffers.
 *
 * @param values             series name to value (NaN where Kafka Streams has no value yet)
 * @param processedPerThread each stream thread's process-total, by thread name: how evenly the threads shared
 *                           the input
 */
record MetricsSnapshot(Map<String, Double> values, List<Long> processedPerThread) {

    static final String THREAD_GROUP = "stream-thread-metrics";
    static final String TASK_GROUP = "stream-task-metrics";
    static final String STATE_GROUP = "stream-state-metrics";
    static final String FETCH_GROUP = "consumer-fetch-manager-metrics";

    /** RocksDB's property-based metrics, recorded at the default INFO level (the statistics-based ones need DEBUG). */
    static final Set<String> ROCKSDB_PROPERTIES = Set.of(
            "total-sst-files-size",
            "size-all-mem-tables",
            "estimate-num-keys",
            "block-cache-usage",
            "estimate-table-readers-mem",
            "num-running-compactions");

    private static final DoubleBinaryOperator SUM = Double::sum;
    private static final DoubleBinaryOperator MAX = Math::max;

    /** @param mainConsumers client ids of the stream threads' main consumers (not their restore consumers) */
    static MetricsSnapshot of(Map<MetricName, ? extends Metric> metrics, Set<String> mainConsumers) {
        Map<String, Double> values = new TreeMap<>();
        Map<String, Long> processed = new TreeMap<>();
        metrics.forEach((name, metric) -> {
            if (!(metric.metricValue() instanceof Number number)) {
                return;
            }
            double value = number.doubleValue();
            switch (name.group()) {
                case THREAD_GROUP -> {
                    switch (name.name()) {
                        case "process-rate", "commit-total", "process-total" -> add(values, name.name(), value, SUM);
                        case "commit-latency-avg" -> add(values, name.name(), value, MAX);
                        default -> {}
                    }
                    if (name.name().equals("process-total")) {
                        processed.put(name.tags().getOrDefault("thread-id", ""), (long) value);
                    }
                }
                case TASK_GROUP -> {
                    if (name.name().equals("dropped-records-total")) {
                        add(values, name.name(), value, SUM);
                    }
                }
                case STATE_GROUP -> {
                    if (ROCKSDB_PROPERTIES.contains(name.name())) {
                        add(values, "rocksdb." + name.name(), value, SUM);
                    }
                }
                case FETCH_GROUP -> {
                    // consumer-wide figures only (per-topic and per-partition variants carry more tags), of the
                    // stream threads' main consumers (not their restore consumers)
                    boolean mainConsumerWide = name.tags().size() == 1
                            && mainConsumers.contains(name.tags().get("client-id"));
                    if (mainConsumerWide) {
                        switch (name.name()) {
                            case "records-lag-max" -> add(values, name.name(), value, MAX);
                            case "records-consumed-total" -> add(values, name.name(), value, SUM);
                            default -> {}
                        }
                    }
                }
                default -> {}
            }
        });
        return new MetricsSnapshot(values, List.copyOf(processed.values()));
    }

    /** NaN (no value yet) gives way to any value; two NaNs stay NaN. */
    private static void add(Map<String, Double> values, String name, double value, DoubleBinaryOperator combine) {
        values.merge("kstreams." + name, value, (a, b) -> {
            if (Double.isNaN(a)) {
                return b;
            }
            return Double.isNaN(b) ? a : combine.applyAsDouble(a, b);
        });
    }
}
