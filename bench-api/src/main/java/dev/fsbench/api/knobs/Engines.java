package dev.fsbench.api.knobs;

import java.util.List;

/** The engines' CLI names, as the catalog refers to them. */
public final class Engines {

    public static final String BASELINE = "baseline";
    public static final String FLINK = "flink";
    public static final String SPARK_STRUCTURED = "spark-structured";
    public static final String SPARK_DSTREAM = "spark-dstream";
    public static final String KAFKA_STREAMS = "kafka-streams";
    /** Structured Streaming on Spark 4 (spark4-bench): the same job and knobs as spark-structured. */
    public static final String SPARK4_STRUCTURED = "spark4-structured";

    public static final List<String> ALL =
            List.of(BASELINE, FLINK, SPARK_STRUCTURED, SPARK_DSTREAM, KAFKA_STREAMS, SPARK4_STRUCTURED);

    private Engines() {}
}
