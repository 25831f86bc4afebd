package dev.fsbench.harness.generator;

import dev.fsbench.api.WindowSpec;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Events sent so far per event-time bucket, readable while the senders add to it, so the harness can tell how
 * many event-window memberships are due by a given window end. Buckets are {@code gcd(size, slide)} wide: every
 * event of a bucket belongs to the same windows, so the count is exact. One array per sender (single writer, no
 * contention); a reader sums them.
 */
final class DueMemberships {

    private final WindowSpec window;
    private final long bucketMs;
    private final long firstBucket;
    private final AtomicLongArray[] shards;

    /** Room for event times in [fromEpochMs, toEpochMs]. */
    DueMemberships(WindowSpec window, long fromEpochMs, long toEpochMs, int shardCount) {
        this.window = window;
        this.bucketMs = gcd(window.sizeMs(), window.slideMs());
        this.firstBucket = Math.floorDiv(fromEpochMs, bucketMs);
        int buckets = Math.toIntExact(Math.floorDiv(toEpochMs, bucketMs) - firstBucket + 1);
        this.shards = new AtomicLongArray[shardCount];
        for (int i = 0; i < shardCount; i++) {
            shards[i] = new AtomicLongArray(buckets);
        }
    }

    /** Called only by the thread owning {@code shard}. */
    void add(int shard, long eventTimeMs) {
        AtomicLongArray counts = shards[shard];
        int bucket = (int) (Math.floorDiv(eventTimeMs, bucketMs) - firstBucket);
        counts.setRelease(bucket, counts.getPlain(bucket) + 1);
    }

    /** Event-window memberships of the events added so far in windows ending at or before {@code windowEndMs}. */
    long dueBy(long windowEndEpochMs) {
        long lastStart = windowEndEpochMs - window.sizeMs();
        long memberships = 0;
        int buckets = shards[0].length();
        for (int b = 0; b < buckets; b++) {
            long bucketStart = (firstBucket + b) * bucketMs;
            if (bucketStart >= windowEndEpochMs) {
                break;
            }
            // windows holding this bucket start at multiples of the slide in (bucketStart - size, bucketStart]
            long windows = Math.floorDiv(Math.min(bucketStart, lastStart), window.slideMs())
                    - Math.floorDiv(bucketStart - window.sizeMs(), window.slideMs());
            if (windows > 0) {
                memberships += windows * eventsIn(b);
            }
        }
        return memberships;
    }

    private long eventsIn(int bucket) {
        long events = 0;
        for (AtomicLongArray counts : shards) {
            events += counts.getAcquire(bucket);
        }
        return events;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
