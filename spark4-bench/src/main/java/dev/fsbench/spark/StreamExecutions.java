package dev.fsbench.spark;

import org.apache.spark.sql.execution.streaming.runtime.StreamExecution;
import org.apache.spark.sql.execution.streaming.runtime.StreamingQueryWrapper;
import org.apache.spark.sql.streaming.StreamingQuery;

/**
 * The running query's engine, where Spark 4 keeps it: Spark 4.1 moved {@code StreamExecution} and
 * {@code StreamingQueryWrapper} to {@code org.apache.spark.sql.execution.streaming.runtime}. The one place the
 * shared Structured Streaming job (spark-bench's src/shared/java) differs between Spark lines; spark-bench has the
 * Spark 3.5 twin of this class.
 */
final class StreamExecutions {

    private StreamExecutions() {}

    static StreamExecution of(StreamingQuery query) {
        return ((StreamingQueryWrapper) query).streamingQuery();
    }
}
