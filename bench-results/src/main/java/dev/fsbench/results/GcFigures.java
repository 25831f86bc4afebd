package dev.fsbench.results;

/**
 * Garbage collection in the measured window (warm-up excluded). Pauses are JFR's {@code jdk.GCPhasePause}
 * events: every stop-the-world pause of every collector, including G1's remark/cleanup and ZGC's short pauses.
 *
 * @param collector               young/old collector names as the recording states them (e.g. "G1New/G1Old",
 *                                "ParallelScavenge/ParallelOld", "Z")
 * @param collectionCount         collections started in the window (a ZGC or G1 concurrent cycle is one)
 * @param pauseCount              stop-the-world pauses in the window
 * @param pauseTotalMs            their summed duration
 * @param pauseMaxMs              the longest; null without pauses
 * @param pauseP99Ms              nearest-rank 99th percentile of the pause durations; null without pauses
 * @param gcTimeShare             pauseTotalMs / window wall time
 * @param allocatedBytesPerSec    sum of the allocation samples' weights / window wall time
 * @param heapUsedAfterGcMaxBytes the highest heap occupancy right after a collection (live-set ceiling); null
 *                                if no collection finished in the window
 */
public record GcFigures(
        String collector,
        long collectionCount,
        long pauseCount,
        double pauseTotalMs,
        Double pauseMaxMs,
        Double pauseP99Ms,
        double gcTimeShare,
        double allocatedBytesPerSec,
        Long heapUsedAfterGcMaxBytes) {}
