package dev.fsbench.harness.collector;

import dev.fsbench.harness.collector.ReceivedWindows.Received;
import dev.fsbench.harness.engine.VerificationMode;
import dev.fsbench.harness.generator.EventTimeIndex;
import dev.fsbench.harness.generator.GroundTruth;
import dev.fsbench.harness.generator.KeyChooser;
import dev.fsbench.results.Verification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares what the engine emitted with the generator's ground truth. */
public final class Verifier {

    private static final int MAX_EXAMPLES = 10;

    private Verifier() {}

    /**
     * EXACT: every window ending at or before {@code lastWindowEndMs} must be emitted once with the true count.
     * Windows ending later are not judged (the run stopped before they could close).
     */
    public static Verification verifyExact(GroundTruth truth, ReceivedWindows received, long lastWindowEndMs) {
        return verifyExact(truth, received, lastWindowEndMs, Long.MAX_VALUE);
    }

    /**
     * As {@link #verifyExact(GroundTruth, ReceivedWindows, long)}, for an engine still behind when the harness
     * stopped waiting: an absent window ending at or after {@code undeliveredFromMs} (the latest window end the
     * engine had delivered: windows ending there may have been in flight) is undelivered, not missing. Absent
     * windows ending before it are missing: the engine had moved past them.
     */
    public static Verification verifyExact(
            GroundTruth truth, ReceivedWindows received, long lastWindowEndMs, long undeliveredFromMs) {
        long windowSize = truth.window().sizeMs();
        // expected, correct, missing, duplicated, wrong, eventsExpected, eventsCounted, undelivered
        long[] tally = new long[8];
        List<String> examples = new ArrayList<>();
        truth.forEachWindow(start -> start + windowSize <= lastWindowEndMs, (start, wordIndex, count) -> {
            tally[0]++;
            tally[5] += count;
            Received got = received.get(start, KeyChooser.word(wordIndex));
            if (got == null && start + windowSize >= undeliveredFromMs) {
                tally[7]++;
                return;
            }
            if (got == null) {
                tally[2]++;
                example(
                        examples,
                        "missing window [" + start + "," + (start + windowSize) + ") " + KeyChooser.word(wordIndex)
                                + " (expected " + count + ")");
                return;
            }
            tally[6] += got.firstCount();
            if (got.counts().size() > 1) {
                tally[3]++;
                example(examples, "duplicated window [" + start + ") " + got.word() + " counts " + got.counts());
            } else if (got.firstCount() != count || got.windowEndMs() != start + windowSize) {
                tally[4]++;
                example(
                        examples,
                        "wrong window [" + start + "," + got.windowEndMs() + ") " + got.word() + ": counted "
                                + got.firstCount() + ", expected " + count);
            } else {
                tally[1]++;
            }
        });
        long unexpected = 0;
        for (Received got : received.all()) {
            if (got.windowStartMs() + windowSize <= lastWindowEndMs && trueCount(truth, got) == 0) {
                unexpected++;
                example(
                        examples,
                        "unexpected window [" + got.windowStartMs() + "," + got.windowEndMs() + ") " + got.word()
                                + " count " + got.counts());
            }
        }
        // undelivered windows are behind, not wrong: the sustain verdict, not verification, holds them against it
        boolean passed = tally[0] > tally[7] && tally[1] + tally[7] == tally[0] && unexpected == 0;
        if (tally[7] > 0) {
            examples.add(
                    0,
                    String.format(
                            "%,d windows ending at or after %d undelivered when waiting ended (the engine was behind)",
                            tally[7], undeliveredFromMs));
        }
        return new Verification(
                Verification.EXACT,
                passed,
                tally[0],
                tally[1],
                tally[2],
                tally[3],
                tally[4],
                unexpected,
                tally[7],
                tally[5],
                tally[6],
                null,
                examples);
    }

    /**
     * CONSERVATION (processing-time windows): the total of all emitted counts must equal every event times the
     * windows it belongs to. The misassignment rate compares each emitted window with the events whose event
     * time falls into it; since only counts are known, it is a lower bound of the events that moved.
     */
    public static Verification verifyConservation(
            GroundTruth truth, ReceivedWindows received, EventTimeIndex eventTimes) {
        long expectedMemberships = truth.events() * truth.window().windowsPerEvent();
        long counted = 0;
        long duplicated = 0;
        long deficit = 0;
        long judged = 0;
        List<String> examples = new ArrayList<>();
        Set<String> windowBounds = new HashSet<>();
        Map<String, Long> countedByWindow = new HashMap<>();
        for (Received got : received.all()) {
            counted += got.counts().stream().mapToLong(Long::longValue).sum();
            if (got.counts().size() > 1) {
                duplicated++;
            }
            windowBounds.add(got.windowStartMs() + "," + got.windowEndMs());
            countedByWindow.put(got.windowStartMs() + "," + got.windowEndMs() + "," + got.word(), got.firstCount());
        }
        // For each window the engine emitted, compare its counts with the event-time truth of the same interval.
        for (String bounds : windowBounds) {
            String[] parts = bounds.split(",");
            long start = Long.parseLong(parts[0]);
            long end = Long.parseLong(parts[1]);
            int[] trueCounts = eventTimes.countsBetween(start, end);
            for (int word = 0; word < trueCounts.length; word++) {
                long got = countedByWindow.getOrDefault(bounds + "," + KeyChooser.word(word), 0L);
                judged += trueCounts[word];
                deficit += Math.max(0, trueCounts[word] - got);
            }
        }
        if (counted != expectedMemberships) {
            example(
                    examples,
                    "events counted " + counted + " != expected " + expectedMemberships + " (" + truth.events()
                            + " events x " + truth.window().windowsPerEvent() + " windows each)");
        }
        Double rate = judged == 0 ? null : (double) deficit / judged;
        boolean passed = expectedMemberships > 0 && counted == expectedMemberships && duplicated == 0;
        return new Verification(
                Verification.CONSERVATION,
                passed,
                windowBounds.size(),
                passed ? windowBounds.size() : 0,
                0,
                duplicated,
                0,
                0,
                0,
                expectedMemberships,
                counted,
                rate,
                examples);
    }

    /**
     * @param undeliveredFromMs exact mode: where undelivered windows begin (see
     *                          {@link #verifyExact(GroundTruth, ReceivedWindows, long, long)}), MAX_VALUE when the
     *                          engine was not behind when waiting ended
     */
    public static Verification verify(
            VerificationMode mode,
            GroundTruth truth,
            ReceivedWindows received,
            long lastWindowEndMs,
            long undeliveredFromMs,
            EventTimeIndex eventTimes) {
        return mode == VerificationMode.EXACT
                ? verifyExact(truth, received, lastWindowEndMs, undeliveredFromMs)
                : verifyConservation(truth, received, eventTimes);
    }

    private static int trueCount(GroundTruth truth, Received got) {
        String word = got.word();
        if (word.length() < 2 || word.charAt(0) != 'w') {
            return 0;
        }
        try {
            int index = Integer.parseInt(word, 1, word.length(), 10);
            return index >= 0 && index < truth.vocabularySize() ? truth.count(got.windowStartMs(), index) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void example(List<String> examples, String text) {
        if (examples.size() < MAX_EXAMPLES) {
            examples.add(text);
        }
    }
}
