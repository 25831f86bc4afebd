package dev.fsbench.spark;

import org.apache.spark.sql.execution.streaming.StreamExecution;
import org.apache.spark.sql.execution.streaming.StreamingQueryWrapper;
import org.apache.spark.sql.streaming.StreamingQuery;

/**
 * The running query's engine, where Spark 3.5 keeps it ({@code org.apache.spark.sql.execution.streaming}). The one
 * place the shared Structured Streaming job differs between Spark lines: Spark 4.1 moved these classes to
 * {@code ...streaming.runtime}, so spark4-bench has its own copy of this class with those imports.
 */
final class StreamExecutions {

    private StreamExecutions() {}

    static StreamExecution of(StreamingQuery query) {
        return ((StreamingQueryWrapper) query).streamingQuery();
    }
}
