package dev.fsbench.baseline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bounded-out-of-orderness watermarks per partition, combined as their minimum (as Flink's Kafka source does),
 * so a partition the consumer happens to read behind the others cannot make its events late. A partition holds
 * the watermark back until it has been silent for the idle timeout; that includes a partition not heard from
 * yet, so the first poll returning only one partition's records cannot close windows the others still feed. A
 * partition's silence counts from when events began to flow: before the first event, every partition is silent,
 * and a generator that starts later than the idle timeout after the engine must not find them all idle already.
 */
final class PartitionWatermarks {

    private final long outOfOrdernessMs;
    private final long idleTimeoutMs;
    /** Per partition: max event time seen (Long.MIN_VALUE if none yet), wall time last heard from. */
    private final Map<Integer, long[]> maxEventTimeAndLastSeen = new HashMap<>();

    private boolean eventsSeen;

    PartitionWatermarks(List<Integer> partitions, long outOfOrdernessMs, long idleTimeoutMs, long nowMs) {
        this.outOfOrdernessMs = outOfOrdernessMs;
        this.idleTimeoutMs = idleTimeoutMs;
        for (int partition : partitions) {
            maxEventTimeAndLastSeen.put(partition, new long[] {Long.MIN_VALUE, nowMs});
        }
    }

    void observe(int partition, long eventTimeMs, long nowMs) {
        if (!eventsSeen) {
            eventsSeen = true;
            maxEventTimeAndLastSeen.values().forEach(state -> state[1] = nowMs);
        }
        long[] state = maxEventTimeAndLastSeen.computeIfAbsent(partition, p -> new long[] {Long.MIN_VALUE, nowMs});
        state[0] = Math.max(state[0], eventTimeMs);
        state[1] = nowMs;
    }

    /** Every event with a timestamp below the result has been seen; Long.MIN_VALUE while nothing is known. */
    long current(long nowMs) {
        long min = Long.MAX_VALUE;
        for (long[] state : maxEventTimeAndLastSeen.values()) {
            if (nowMs - state[1] < idleTimeoutMs) {
                min = Math.min(min, state[0]);
            }
        }
        return min == Long.MAX_VALUE || min == Long.MIN_VALUE ? Long.MIN_VALUE : min - outOfOrdernessMs;
    }
}
