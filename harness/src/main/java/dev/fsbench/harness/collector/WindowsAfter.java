package dev.fsbench.harness.collector;

import dev.fsbench.harness.collector.ReceivedWindows.Received;
import dev.fsbench.harness.generator.GroundTruth;
import dev.fsbench.harness.generator.KeyChooser;

/**
 * What a fault cost in windows: of the windows ending in {@code (fromMs, toMs]}, those missing (due and judged,
 * never received, not merely undelivered by an engine still behind) and those received more than once (at any
 * time: a copy that arrived in the watch for late records counts).
 */
public final class WindowsAfter {

    private WindowsAfter() {}

    public record Tally(long missing, long duplicated) {}

    /**
     * @param lastWindowEndMs   windows ending later are not judged for missing (as in {@link Verifier})
     * @param undeliveredFromMs absent windows ending at or after it are undelivered, not missing
     * @param exact             event-time windows; with processing-time windows (conservation) no window is due,
     *                          so none can be missing
     */
    public static Tally count(
            GroundTruth truth,
            ReceivedWindows received,
            long fromMs,
            long toMs,
            long lastWindowEndMs,
            long undeliveredFromMs,
            boolean exact) {
        long windowSize = truth.window().sizeMs();
        long[] missing = new long[1];
        if (exact) {
            truth.forEachWindow(
                    start -> start + windowSize > fromMs
                            && start + windowSize <= Math.min(toMs, lastWindowEndMs)
                            && start + windowSize < undeliveredFromMs,
                    (start, wordIndex, count) -> {
                        if (received.get(start, KeyChooser.word(wordIndex)) == null) {
                            missing[0]++;
                        }
                    });
        }
        long duplicated = 0;
        for (Received got : received.all()) {
            if (got.windowEndMs() > fromMs
                    && got.windowEndMs() <= toMs
                    && got.counts().size() > 1) {
                duplicated++;
            }
        }
        return new Tally(missing[0], duplicated);
    }
}
