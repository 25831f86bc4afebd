package dev.fsbench.harness.collector;

import dev.fsbench.harness.collector.ReceivedWindows.Received;
import dev.fsbench.harness.collector.ReplayTolerance.Copies;
import dev.fsbench.harness.engine.VerificationMode;
import dev.fsbench.harness.generator.EventTimeIndex;
import dev.fsbench.harness.generator.GroundTruth;
import dev.fsbench.harness.generator.KeyChooser;
import dev.fsbench.results.Verification;
import java.util.ArrayList;
import java.util.List;

/** Compares what the engine emitted with the generator's ground truth. */
public final class Verifier {

    private static final int MAX_EXAMPLES = 10;
    /**
     * Examples of tolerated duplicates among the {@link #MAX_EXAMPLES}, of each kind (every copy right, a later copy
     * over-counted): a few show what they look like; more would crowd out the copies that fail.
     */
    private static final int TOLERATED_EXAMPLES = 3;

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
        return verifyExact(truth, received, lastWindowEndMs, undeliveredFromMs, ReplayTolerance.NONE);
    }

    /**
     * As above; under a {@code tolerance} other than NONE (an at-least-once engine that a fault made replay, see
     * docs/failures.md) a window received more than once is still counted as duplicated, but passes when its
     * copies are what the tolerance allows: every copy the true count (REPEATS), or also a right first copy
     * followed by larger counts (OVER_COUNTS), which are counted as over-counted windows too.
     */
    public static Verification verifyExact(
            GroundTruth truth,
            ReceivedWindows received,
            long lastWindowEndMs,
            long undeliveredFromMs,
            ReplayTolerance tolerance) {
        boolean duplicatesTolerated = tolerance.toleratesDuplicates();
        long windowSize = truth.window().sizeMs();
        // expected, correct, missing, duplicated, wrong, eventsExpected, eventsCounted, undelivered, overcounted
        long[] tally = new long[9];
        List<String> examples = new ArrayList<>();
        // tolerated examples shown so far: every copy right, a later copy over-counted
        int[] toleratedShown = {0, 0};
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
                Copies copies = Copies.of(got.counts(), count, got.windowEndMs() == start + windowSize);
                boolean tolerated = tolerance.tolerates(copies);
                if (tolerated) {
                    tally[1]++;
                    tally[8] += copies == Copies.OVER_COUNTED ? 1 : 0;
                } else if (duplicatesTolerated) {
                    tally[4]++;
                }
                String text = "duplicated window [" + start + ") " + got.word() + " counts " + got.counts();
                if (!tolerated && copies != Copies.REPEATED) {
                    example(examples, text + ", expected " + count);
                } else if (!tolerated) {
                    example(examples, text);
                } else if (toleratedShown[copies == Copies.REPEATED ? 0 : 1]++ < TOLERATED_EXAMPLES) {
                    example(
                            examples,
                            copies == Copies.REPEATED
                                    ? text
                                    : text + ", expected " + count + " (a later copy over-counted: tolerated)");
                }
            } else if (tolerance == ReplayTolerance.OVER_COUNTS
                    && Copies.of(got.counts(), count, got.windowEndMs() == start + windowSize) == Copies.OVER_COUNTED) {
                // its only copy, fired after the restore from state that already held replayed records
                tally[1]++;
                tally[8]++;
                if (toleratedShown[1]++ < TOLERATED_EXAMPLES) {
                    example(
                            examples,
                            "over-counted window [" + start + "," + got.windowEndMs() + ") " + got.word()
                                    + ": counted " + got.firstCount() + ", expected " + count
                                    + " (replays may over-count: tolerated)");
                }
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
            boolean judgedWindow = got.windowStartMs() + windowSize <= lastWindowEndMs;
            if (!judgedWindow && got.counts().size() > 1) {
                // a window closing in the drain or the watch after it is not judged for its count (the run may
                // have stopped before it closed), but a second copy of it is a duplicate all the same
                tally[3]++;
                example(
                        examples,
                        "duplicated window [" + got.windowStartMs() + "," + got.windowEndMs() + ") " + got.word()
                                + " counts " + got.counts() + " (after the last judged window)");
            }
            if ((judgedWindow || vocabularyIndex(truth, got) < 0) && trueCount(truth, got) == 0) {
                unexpected++;
                example(
                        examples,
                        "unexpected window [" + got.windowStartMs() + "," + got.windowEndMs() + ") " + got.word()
                                + " count " + got.counts());
            }
        }
        // undelivered windows are behind, not wrong: the sustain verdict, not verification, holds them against it
        boolean passed = tally[0] > tally[7]
                && tally[1] + tally[7] == tally[0]
                && (duplicatesTolerated || tally[3] == 0)
                && unexpected == 0;
        if (duplicatesTolerated && (tally[3] > 0 || tally[8] > 0)) {
            examples.add(
                    0,
                    String.format(
                            "%,d duplicated windows tolerated: at-least-once output replayed after a fault%s",
                            tally[3],
                            tally[8] == 0
                                    ? ""
                                    : String.format(
                                            "; %,d windows over-counted (checkpoints without barrier alignment:"
                                                    + " replays may over-count, never under-count)",
                                            tally[8])));
        }
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
                examples,
                null,
                null,
                null,
                tolerance == ReplayTolerance.OVER_COUNTS ? tally[8] : null);
    }

    /** CONSERVATION (processing-time windows): the rules of {@link ConservationVerifier}. */
    public static Verification verifyConservation(
            GroundTruth truth, ReceivedWindows received, EventTimeIndex eventTimes) {
        return ConservationVerifier.verify(truth, received, eventTimes);
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
        return verify(mode, truth, received, lastWindowEndMs, undeliveredFromMs, eventTimes, ReplayTolerance.NONE);
    }

    /**
     * As above; {@code tolerance}: see {@link #verifyExact(GroundTruth, ReceivedWindows, long, long, ReplayTolerance)}
     * (conservation mode has rules of its own for duplicates).
     */
    public static Verification verify(
            VerificationMode mode,
            GroundTruth truth,
            ReceivedWindows received,
            long lastWindowEndMs,
            long undeliveredFromMs,
            EventTimeIndex eventTimes,
            ReplayTolerance tolerance) {
        return mode == VerificationMode.EXACT
                ? verifyExact(truth, received, lastWindowEndMs, undeliveredFromMs, tolerance)
                : verifyConservation(truth, received, eventTimes);
    }

    /**
     * {@code verification} with the collector's record checks: malformed records and records without the broker's
     * append time fail it, negative latencies fail it when broker and harness share a clock; each is reported, as
     * are latencies above the histogram's range and the records that arrived during the watch for late ones.
     */
    public static Verification withOutputChecks(Verification verification, Verification.OutputRecords output) {
        List<String> problems = new ArrayList<>();
        if (output.malformed() > 0) {
            problems.add(String.format("%,d malformed output records (no window result)", output.malformed()));
        }
        if (output.withoutLogAppendTime() > 0) {
            problems.add(String.format(
                    "%,d output records without LogAppendTime (the output topic does not stamp the broker's time)",
                    output.withoutLogAppendTime()));
        }
        if (output.negativeLatencies() > 0) {
            problems.add(String.format(
                    "%,d results appended before their window ended (negative latency)%s",
                    output.negativeLatencies(),
                    output.negativeLatencyFails()
                            ? ": impossible with one clock"
                            : "; reported only: the external broker's clock is not the harness's"));
        }
        if (output.latenciesAboveRange() > 0) {
            problems.add(String.format(
                    "%,d latencies above the histogram's range, left out of the percentiles (reported only)",
                    output.latenciesAboveRange()));
        }
        return verification.withOutput(output, problems);
    }

    /** The true count of the result's (window, word); 0 for a word not named exactly as the generator names it. */
    private static int trueCount(GroundTruth truth, Received got) {
        int index = vocabularyIndex(truth, got);
        return index < 0 ? 0 : truth.count(got.windowStartMs(), index);
    }

    private static int vocabularyIndex(GroundTruth truth, Received got) {
        return KeyChooser.indexOf(got.word(), truth.vocabularySize());
    }

    private static void example(List<String> examples, String text) {
        if (examples.size() < MAX_EXAMPLES) {
            examples.add(text);
        }
    }
}
