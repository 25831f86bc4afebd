package dev.fsbench.spark;

import dev.fsbench.api.SubtaskLoad;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;
import scala.collection.Iterator;

/**
 * Per-task load of the counting stage, for both streaming APIs: the shuffle records read by each partition of the
 * first stage that reads a shuffle (stage depth {@value #COUNTING_DEPTH}), summed over every job of the run.
 *
 * <p>Why that stage: the word count's first shuffle is the one keyed by the word (or, salted, by word and salt),
 * so its tasks are where a hot key lands, as Flink's window subtasks are. The stage before it reads Kafka (one task
 * per partition) and the stage after it, when salted, merges the partial counts: the salted pre-aggregation is the
 * stage a salt is meant to spread, so that is the one counted. Both APIs combine map-side before that shuffle
 * (Structured Streaming's partial aggregate, {@code reduceByKey}'s combiner), so the records are partial counts
 * (one per key per map task and batch), not events: the work the counting tasks really do.
 */
final class CountingStageLoad extends SparkListener {

    /** Depth 0: stages without parent stages (reading the source); depth 1: stages reading their shuffle. */
    static final int COUNTING_DEPTH = 1;

    private final String vertex;
    /** Only the counting stages are kept (one a micro-batch or batch), so a long run holds little. */
    private final Set<Integer> countingStages = ConcurrentHashMap.newKeySet();

    private final Map<Integer, Long> recordsByPartition = new ConcurrentHashMap<>();
    private final AtomicInteger partitions = new AtomicInteger();

    /** @param vertex what the summary calls the counted stage (e.g. the aggregation it runs) */
    CountingStageLoad(String vertex) {
        this.vertex = vertex;
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        // a job's stage infos include every ancestor stage, also those of earlier jobs it reuses (skipped stages)
        Map<Integer, List<Integer>> parents = new HashMap<>();
        Map<Integer, Integer> tasks = new HashMap<>();
        for (Iterator<StageInfo> stages = jobStart.stageInfos().iterator(); stages.hasNext(); ) {
            StageInfo stage = stages.next();
            List<Integer> ids = new ArrayList<>();
            for (Iterator<Object> parentIds = stage.parentIds().iterator(); parentIds.hasNext(); ) {
                ids.add((Integer) parentIds.next());
            }
            parents.put(stage.stageId(), ids);
            tasks.put(stage.stageId(), stage.numTasks());
        }
        depths(parents).forEach((stage, depth) -> {
            if (depth == COUNTING_DEPTH) {
                countingStages.add(stage);
                partitions.accumulateAndGet(tasks.get(stage), Math::max);
            }
        });
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        // a failed or killed attempt's partition is run again: count the attempt that succeeded
        if (taskEnd.taskMetrics() == null
                || !taskEnd.taskInfo().successful()
                || !countingStages.contains(taskEnd.stageId())) {
            return;
        }
        recordsByPartition.merge(
                taskEnd.taskInfo().partitionId(),
                taskEnd.taskMetrics().shuffleReadMetrics().recordsRead(),
                Long::sum);
    }

    /** Records read per partition so far; partitions no task read from count as 0. Empty before any such stage. */
    Optional<SubtaskLoad> load() {
        int size = Math.max(
                partitions.get(),
                recordsByPartition.keySet().stream().mapToInt(p -> p + 1).max().orElse(0));
        if (size == 0) {
            return Optional.empty();
        }
        List<Long> perPartition = new ArrayList<>();
        for (int partition = 0; partition < size; partition++) {
            perPartition.add(recordsByPartition.getOrDefault(partition, 0L));
        }
        return Optional.of(new SubtaskLoad(vertex, perPartition));
    }

    /**
     * The depth of each stage in {@code parents} (stage id to parent stage ids): 0 without parents, else one more
     * than its deepest parent. A parent missing from the map counts as a source stage.
     */
    static Map<Integer, Integer> depths(Map<Integer, List<Integer>> parents) {
        Map<Integer, Integer> depths = new HashMap<>();
        parents.keySet().forEach(stage -> depth(stage, parents, depths));
        depths.keySet().retainAll(parents.keySet());
        return depths;
    }

    private static int depth(int stage, Map<Integer, List<Integer>> parents, Map<Integer, Integer> depths) {
        Integer known = depths.get(stage);
        if (known != null) {
            return known;
        }
        int depth = 0;
        for (int parent : parents.getOrDefault(stage, List.of())) {
            depth = Math.max(depth, depth(parent, parents, depths) + 1);
        }
        depths.put(stage, depth);
        return depth;
    }
}
