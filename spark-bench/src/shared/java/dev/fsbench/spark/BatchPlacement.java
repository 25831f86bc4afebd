package dev.fsbench.spark;

import dev.fsbench.api.EngineSummaryKeys;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where each source partition's task ran, micro-batch after micro-batch: Spark schedules every batch's tasks anew,
 * so a partition may run on another executor each time (its consumer cache and locality preferences pull it back to
 * the same one). Holds only the last executor and the set of executors per partition, so a long run stays small.
 *
 * <p>Summary, under {@link EngineSummaryKeys#PLACEMENT}: {@code {kind: "per-batch", batches, partitions: {partition:
 * distinct executors it ran on}, moves, executors}}, where {@code moves} counts, over all partitions, the times a
 * partition's task ran on another executor than in the batch before.
 */
final class BatchPlacement {

    static final String KIND = "per-batch";

    private final Map<Integer, String> lastExecutor = new TreeMap<>();
    private final Map<Integer, Set<String>> executorsByPartition = new TreeMap<>();
    private final Set<String> executors = new HashSet<>();
    private String lastBatch;
    private long batches;
    private long moves;

    /**
     * One successful task of a batch's source stage.
     *
     * @param batch     the micro-batch (or DStream batch) it belongs to; a batch's source tasks arrive together
     * @param partition the source stage's partition index (the Kafka partition, see {@link TaskScheduling})
     * @param executor  the executor id it ran on ("driver" in local mode)
     */
    synchronized void taskRan(String batch, int partition, String executor) {
        if (!batch.equals(lastBatch)) {
            lastBatch = batch;
            batches++;
        }
        String before = lastExecutor.put(partition, executor);
        if (before != null && !before.equals(executor)) {
            moves++;
        }
        executorsByPartition.computeIfAbsent(partition, p -> new HashSet<>()).add(executor);
        executors.add(executor);
    }

    /** Empty before the first source task. */
    synchronized Map<String, Object> describe() {
        if (batches == 0) {
            return Map.of();
        }
        Map<String, Integer> partitions = new LinkedHashMap<>();
        executorsByPartition.forEach((partition, ran) -> partitions.put(Integer.toString(partition), ran.size()));
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("kind", KIND);
        described.put("batches", batches);
        described.put("partitions", partitions);
        described.put("moves", moves);
        described.put("executors", executors.size());
        return described;
    }
}
