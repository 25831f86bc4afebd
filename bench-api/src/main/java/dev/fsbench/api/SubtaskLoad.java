package dev.fsbench.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How evenly the parallel instances of an engine's counting step shared its input: records in per instance (a
 * Flink subtask, a Spark task's partition) and the max/mean ratio, 1.0 for a perfectly even share. A hot key shows
 * as a ratio towards the parallelism. Every engine reports it in the same shape, under
 * {@link EngineSummaryKeys#WINDOW_SUBTASK_LOAD}, so experiments and reports read one format.
 *
 * @param vertex    the operator or stage counted, as the engine names it (Flink: the job vertex)
 * @param recordsIn records in per instance, by subtask or partition index
 */
public record SubtaskLoad(String vertex, List<Long> recordsIn) {

    public SubtaskLoad {
        recordsIn = List.copyOf(recordsIn);
    }

    /** Max over mean of the instances' input; null before any input (no ratio to speak of). */
    public Double maxOverMean() {
        long total = recordsIn.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long max = recordsIn.stream().mapToLong(Long::longValue).max().orElse(0);
        return max / ((double) total / recordsIn.size());
    }

    /** For the engine summary: {@code {vertex, recordsInPerSubtask: [...], maxOverMean}}. */
    public Map<String, Object> describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("vertex", vertex);
        described.put("recordsInPerSubtask", recordsIn);
        described.put("maxOverMean", maxOverMean());
        return described;
    }
}
