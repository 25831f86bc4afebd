package dev.fsbench.harness.collector;

import dev.fsbench.api.WindowSpec;
import dev.fsbench.harness.collector.ReceivedWindows.Received;
import dev.fsbench.harness.generator.EventTimeIndex;
import dev.fsbench.harness.generator.GroundTruth;
import dev.fsbench.harness.generator.KeyChooser;
import dev.fsbench.results.Verification;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * CONSERVATION (processing-time windows, as DStreams emit them): which window an event lands in depends on when
 * it was fetched, so no single window can be compared with the event-time truth. What must still hold, each rule
 * failing the workload on its own with examples:
 *
 * <ul>
 *   <li>per word, the memberships counted over all emitted windows equal the ground truth's exactly (every event
 *       of the word times the windows each event belongs to): a count filed under another word, or lost in one
 *       window and counted twice in another of another word, shows;
 *   <li>every window lies on the batch grid: its end a multiple of the slide since the epoch (where the engine
 *       starts its windows), its start the end minus the size;
 *   <li>no (bounds, word) is emitted twice;
 *   <li>every word is a vocabulary word, named exactly as the generator names it ({@link KeyChooser#indexOf}).
 * </ul>
 *
 * The misassignment rate compares each emitted window with the events whose event time falls into it; since only
 * counts are known, it is a lower bound of the memberships that moved.
 */
final class ConservationVerifier {

    private ConservationVerifier() {}

    static Verification verify(GroundTruth truth, ReceivedWindows received, EventTimeIndex eventTimes) {
        WindowSpec window = truth.window();
        int vocabulary = truth.vocabularySize();
        long expectedMemberships = truth.events() * window.windowsPerEvent();
        long[] expectedByWord = new long[vocabulary];
        truth.forEachWindow(start -> true, (start, word, count) -> expectedByWord[word] += count);
        long[] countedByWord = new long[vocabulary];
        long counted = 0;
        long duplicated = 0;
        long offGrid = 0;
        long unexpected = 0;
        long ruleAbiding = 0;
        Examples examples = new Examples();
        Set<String> offGridBounds = new LinkedHashSet<>();
        Map<String, Long> countedByWindow = new HashMap<>();
        Set<String> gridBounds = new LinkedHashSet<>();
        for (Received got : received.all()) {
            counted += got.counts().stream().mapToLong(Long::longValue).sum();
            String bounds = bounds(got);
            boolean ok = true;
            if (got.counts().size() > 1) {
                duplicated++;
                ok = false;
                examples.add(
                        "duplicated", "duplicated window " + bounds + " " + got.word() + " counts " + got.counts());
            }
            if (!onGrid(got, window)) {
                offGrid++;
                ok = false;
                if (offGridBounds.add(bounds)) {
                    examples.add(
                            "off grid",
                            "window " + bounds + " off the batch grid (end not a multiple of the " + window.slideMs()
                                    + " ms slide, or start not end - " + window.sizeMs() + " ms)");
                }
            }
            int word = KeyChooser.indexOf(got.word(), vocabulary);
            if (word < 0) {
                unexpected++;
                ok = false;
                examples.add(
                        "unexpected",
                        "unexpected word '" + got.word() + "' in window " + bounds + " (count " + got.counts()
                                + "; the vocabulary is w0..w" + (vocabulary - 1) + ")");
            } else {
                countedByWord[word] += got.firstCount();
                if (onGrid(got, window)) {
                    gridBounds.add(got.windowStartMs() + "," + got.windowEndMs());
                    countedByWindow.put(got.windowStartMs() + "," + got.windowEndMs() + "," + word, got.firstCount());
                }
            }
            if (ok) {
                ruleAbiding++;
            }
        }
        long miscounted = 0;
        for (int word = 0; word < vocabulary; word++) {
            if (countedByWord[word] != expectedByWord[word]) {
                miscounted++;
                examples.add(
                        "miscounted",
                        "word " + KeyChooser.word(word) + ": " + countedByWord[word] + " memberships counted, "
                                + expectedByWord[word] + " expected");
            }
        }
        if (counted != expectedMemberships) {
            examples.add(
                    "total",
                    "events counted " + counted + " != expected " + expectedMemberships + " (" + truth.events()
                            + " events x " + window.windowsPerEvent() + " windows each)");
        }
        boolean passed =
                expectedMemberships > 0 && miscounted == 0 && offGrid == 0 && duplicated == 0 && unexpected == 0;
        return new Verification(
                Verification.CONSERVATION,
                passed,
                received.all().size(),
                ruleAbiding,
                0,
                duplicated,
                0,
                unexpected,
                0,
                expectedMemberships,
                counted,
                misassignment(gridBounds, countedByWindow, eventTimes),
                examples.list(),
                offGrid,
                miscounted,
                null);
    }

    /** Lower bound of the share of memberships counted in another window than their event time's. */
    private static Double misassignment(
            Set<String> windowBounds, Map<String, Long> countedByWindow, EventTimeIndex eventTimes) {
        long deficit = 0;
        long judged = 0;
        for (String bounds : windowBounds) {
            String[] parts = bounds.split(",");
            int[] trueCounts = eventTimes.countsBetween(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            for (int word = 0; word < trueCounts.length; word++) {
                long got = countedByWindow.getOrDefault(bounds + "," + word, 0L);
                judged += trueCounts[word];
                deficit += Math.max(0, trueCounts[word] - got);
            }
        }
        return judged == 0 ? null : (double) deficit / judged;
    }

    private static boolean onGrid(Received got, WindowSpec window) {
        return Math.floorMod(got.windowEndMs(), window.slideMs()) == 0
                && got.windowStartMs() == got.windowEndMs() - window.sizeMs();
    }

    private static String bounds(Received got) {
        return "[" + got.windowStartMs() + "," + got.windowEndMs() + ")";
    }
}
