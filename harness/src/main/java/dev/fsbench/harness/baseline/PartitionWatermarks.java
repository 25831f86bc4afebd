package dev.fsbench.harness.baseline;

import java.util.HashMap;
import java.util.Map;

/**
 * Bounded-out-of-orderness watermarks per partition, combined as their minimum (as Flink's Kafka source does),
 * so a partition the consumer happens to read behind the others cannot make its events late. A partition that
 * has been silent for the idle timeout stops holding the watermark back.
 */
final class PartitionWatermarks {

    private final long outOfOrdernessMs;
    private final long idleTimeoutMs;
    private final Map<Integer, long[]> maxEventTimeAndLastSeen = new HashMap<>();

    PartitionWatermarks(long outOfOrdernessMs, long idleTimeoutMs) {
        this.outOfOrdernessMs = outOfOrdernessMs;
        this.idleTimeoutMs = idleTimeoutMs;
    }

    void observe(int partition, long eventTimeMs) {
        long[] state = maxEventTimeAndLastSeen.computeIfAbsent(partition, p -> new long[] {Long.MIN_VALUE, 0});
        state[0] = Math.max(state[0], eventTimeMs);
        state[1] = System.currentTimeMillis();
    }

    /** Every event with a timestamp below the result has been seen; Long.MIN_VALUE before any data. */
    long current(long nowMs) {
        long min = Long.MAX_VALUE;
        for (long[] state : maxEventTimeAndLastSeen.values()) {
            if (nowMs - state[1] < idleTimeoutMs) {
                min = Math.min(min, state[0]);
            }
        }
        return min == Long.MAX_VALUE ? Long.MIN_VALUE : min - outOfOrdernessMs;
    }
}
