package dev.fsbench.flink;

import org.apache.flink.api.common.functions.AggregateFunction;

/** Incremental count: the window state is one long per key and window, never the buffered events. */
final class CountAggregate<T> implements AggregateFunction<T, Long, Long> {

    @Override
    public Long createAccumulator() {
        return 0L;
    }

    @Override
    public Long add(T event, Long count) {
        return count + 1;
    }

    @Override
    public Long getResult(Long count) {
        return count;
    }

    @Override
    public Long merge(Long a, Long b) {
        return a + b;
    }
}
