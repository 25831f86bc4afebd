package dev.fsbench.flink;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How evenly the subtasks of the counting operator (the window operator, or the local pre-aggregation with
 * {@code flink.skewMitigation=rebalance}) shared the input: their {@code numRecordsIn} at the last poll and the
 * max/mean ratio, 1.0 for a perfectly even share. A hot key shows as a ratio towards the parallelism.
 *
 * @param vertex        the job vertex holding the operator, as the Web UI names it
 * @param recordsIn     records in per subtask, by subtask index
 */
record SubtaskLoad(String vertex, List<Long> recordsIn) {

    SubtaskLoad {
        recordsIn = List.copyOf(recordsIn);
    }

    /** Max over mean of the subtasks' input; null before any input (no ratio to speak of). */
    Double maxOverMean() {
        long total = recordsIn.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long max = recordsIn.stream().mapToLong(Long::longValue).max().orElse(0);
        return max / ((double) total / recordsIn.size());
    }

    /** For the engine summary ({@code engineMetrics.summary.windowSubtaskLoad}). */
    Map<String, Object> describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("vertex", vertex);
        described.put("recordsInPerSubtask", recordsIn);
        described.put("maxOverMean", maxOverMean());
        return described;
    }

    /** The vertex that counts the words: its first operator is the window operator or the local pre-count. */
    static boolean isCountingVertex(String vertexName) {
        return vertexName.contains(WordCountPipeline.WINDOW_NAME)
                || vertexName.contains(WordCountPipeline.LOCAL_PRE_AGGREGATE_NAME);
    }
}
