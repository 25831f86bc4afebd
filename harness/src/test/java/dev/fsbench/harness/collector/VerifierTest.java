package dev.fsbench.harness.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.WindowResult;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.harness.generator.EventTimeIndex;
import dev.fsbench.harness.generator.GroundTruth;
import dev.fsbench.results.Verification;
import org.junit.jupiter.api.Test;

class VerifierTest {

    /** Events in two judged windows and one beyond them (see the comment inside). */
    static GroundTruth truth() {
        GroundTruth truth = new GroundTruth(WindowSpec.tumbling(1000), 4);
        // window [0,1000): w0 x2, w1 x1; [1000,2000): w0 x1, w2 x1; [2000,3000): w3 x1 (beyond the judged end)
        truth.add(100, 0);
        truth.add(200, 0);
        truth.add(300, 1);
        truth.add(1100, 0);
        truth.add(1200, 2);
        truth.add(2500, 3);
        return truth;
    }

    @Test
    void allCorrectPasses() {
        ReceivedWindows received = new ReceivedWindows();
        received.add(new WindowResult(0, 1000, "w0", 2));
        received.add(new WindowResult(0, 1000, "w1", 1));
        received.add(new WindowResult(1000, 2000, "w0", 1));
        received.add(new WindowResult(1000, 2000, "w2", 1));
        Verification v = Verifier.verifyExact(truth(), received, 2000);
        assertThat(v.passed()).isTrue();
        assertThat(v.windowsExpected()).isEqualTo(4);
        assertThat(v.windowsCorrect()).isEqualTo(4);
        assertThat(v.eventsExpected()).isEqualTo(5);
        assertThat(v.eventsCounted()).isEqualTo(5);
    }

    @Test
    void windowsBeyondWhatAnEngineStillBehindHadDeliveredAreUndeliveredNotMissing() {
        GroundTruth truth = truth();
        truth.add(2100, 1); // [2000,3000) now also holds w1; judged up to 3000 below
        ReceivedWindows received = new ReceivedWindows();
        received.add(new WindowResult(0, 1000, "w0", 2)); // w1 of [0,1000) absent before the frontier: missing
        received.add(new WindowResult(1000, 2000, "w0", 1)); // frontier 2000: w2 of [1000,2000) may be in flight
        Verification v = Verifier.verifyExact(truth, received, 3000, received.latestWindowEndMs());
        assertThat(v.windowsMissing()).isEqualTo(1);
        assertThat(v.windowsUndelivered()).isEqualTo(3); // w2 ending at 2000, w1 and w3 ending at 3000
        assertThat(v.passed()).isFalse();
        assertThat(v.examples()).anySatisfy(e -> assertThat(e).contains("missing window [0,1000) w1"));

        received.add(new WindowResult(0, 1000, "w1", 1));
        Verification behindOnly = Verifier.verifyExact(truth, received, 3000, received.latestWindowEndMs());
        assertThat(behindOnly.windowsMissing()).isZero();
        assertThat(behindOnly.windowsUndelivered()).isEqualTo(3);
        assertThat(behindOnly.passed()).as("behind is not wrong").isTrue();
        assertThat(behindOnly.examples().get(0)).contains("3 windows ending at or after 2000 undelivered");
    }

    @Test
    void missingDuplicatedWrongAndUnexpectedAreEachCounted() {
        ReceivedWindows received = new ReceivedWindows();
        received.add(new WindowResult(0, 1000, "w0", 2));
        received.add(new WindowResult(0, 1000, "w0", 2)); // duplicated
        received.add(new WindowResult(0, 1000, "w1", 5)); // wrong count
        received.add(new WindowResult(1000, 2000, "w0", 1)); // correct; w2 in [1000,2000) missing
        received.add(new WindowResult(1000, 2000, "w3", 1)); // unexpected: w3 never occurred there
        received.add(new WindowResult(5000, 6000, "w3", 1)); // ends after the judged range: its count is not judged
        Verification v = Verifier.verifyExact(truth(), received, 2000);
        assertThat(v.passed()).isFalse();
        assertThat(v.windowsCorrect()).isEqualTo(1);
        assertThat(v.windowsDuplicated()).isEqualTo(1);
        assertThat(v.windowsWrong()).isEqualTo(1);
        assertThat(v.windowsMissing()).isEqualTo(1);
        assertThat(v.windowsUnexpected()).isEqualTo(1);
        assertThat(v.examples()).anySatisfy(e -> assertThat(e).contains("missing window [1000,2000) w2"));
    }

    @Test
    void conservationPassesWhenTotalsMatchAndMeasuresMisassignment() {
        GroundTruth truth = new GroundTruth(WindowSpec.tumbling(1000), 2);
        EventTimeIndex index = new EventTimeIndex(2);
        long[][] events = {{100, 0}, {200, 0}, {900, 1}, {1100, 0}};
        for (long[] e : events) {
            truth.add(e[0], (int) e[1]);
            index.add(e[0], (int) e[1]);
        }
        ReceivedWindows received = new ReceivedWindows();
        // processing-time windows: the event at 900 ms (w1) arrived late and landed in [1000,2000)
        received.add(new WindowResult(0, 1000, "w0", 2));
        received.add(new WindowResult(1000, 2000, "w0", 1));
        received.add(new WindowResult(1000, 2000, "w1", 1));
        Verification v = Verifier.verifyConservation(truth, received, index);
        assertThat(v.passed()).isTrue();
        assertThat(v.eventsCounted()).isEqualTo(4);
        assertThat(v.misassignmentRate()).isEqualTo(0.25);
    }

    @Test
    void conservationFailsWhenAnEventIsLost() {
        GroundTruth truth = new GroundTruth(WindowSpec.tumbling(1000), 1);
        EventTimeIndex index = new EventTimeIndex(1);
        truth.add(100, 0);
        truth.add(200, 0);
        index.add(100, 0);
        index.add(200, 0);
        ReceivedWindows received = new ReceivedWindows();
        received.add(new WindowResult(0, 1000, "w0", 1));
        Verification v = Verifier.verifyConservation(truth, received, index);
        assertThat(v.passed()).isFalse();
        assertThat(v.examples()).anySatisfy(e -> assertThat(e).contains("events counted 1 != expected 2"));
    }

    @Test
    void aLateDuplicateAfterTheLastExpectedWindowFails() {
        ReceivedWindows received = new ReceivedWindows();
        received.add(new WindowResult(0, 1000, "w0", 2));
        received.add(new WindowResult(0, 1000, "w1", 1));
        received.add(new WindowResult(1000, 2000, "w0", 1));
        received.add(new WindowResult(1000, 2000, "w2", 1));
        received.add(new WindowResult(2000, 3000, "w3", 1)); // closes in the drain: its count is not judged
        assertThat(Verifier.verifyExact(truth(), received, 2000).passed()).isTrue();

        // during the watch after the last expected window, the engine (restarted from a checkpoint) emits again
        received.add(new WindowResult(2000, 3000, "w3", 1));
        Verification late = Verifier.verifyExact(truth(), received, 2000);
        assertThat(late.passed()).isFalse();
        assertThat(late.windowsDuplicated()).isEqualTo(1);
        assertThat(late.examples())
                .anySatisfy(e -> assertThat(e)
                        .contains("duplicated window [2000,3000) w3")
                        .contains("after the last"));

        // and a late copy of a judged window is a duplicate too
        ReceivedWindows again = new ReceivedWindows();
        again.add(new WindowResult(0, 1000, "w0", 2));
        again.add(new WindowResult(0, 1000, "w1", 1));
        again.add(new WindowResult(1000, 2000, "w0", 1));
        again.add(new WindowResult(1000, 2000, "w2", 1));
        again.add(new WindowResult(0, 1000, "w1", 1));
        assertThat(Verifier.verifyExact(truth(), again, 2000).passed()).isFalse();
    }

    @Test
    void unexpectedWordsInWindowsClosingInTheDrainFail() {
        ReceivedWindows received = new ReceivedWindows();
        received.add(new WindowResult(0, 1000, "w0", 2));
        received.add(new WindowResult(0, 1000, "w1", 1));
        received.add(new WindowResult(1000, 2000, "w0", 1));
        received.add(new WindowResult(1000, 2000, "w2", 1));
        received.add(new WindowResult(2000, 3000, "w03", 1)); // the drain's w3 under an alias
        Verification v = Verifier.verifyExact(truth(), received, 2000);
        assertThat(v.passed()).isFalse();
        assertThat(v.windowsUnexpected()).isEqualTo(1);
        assertThat(v.examples()).anySatisfy(e -> assertThat(e).contains("unexpected window [2000,3000) w03"));
    }

    @Test
    void anAliasOfAJudgedWordIsUnexpectedNotCorrect() {
        ReceivedWindows received = new ReceivedWindows();
        received.add(new WindowResult(0, 1000, "w0", 2));
        received.add(new WindowResult(0, 1000, "w+1", 1)); // parsed leniently this was w1
        received.add(new WindowResult(1000, 2000, "w0", 1));
        received.add(new WindowResult(1000, 2000, "w2", 1));
        Verification v = Verifier.verifyExact(truth(), received, 2000);
        assertThat(v.passed()).isFalse();
        assertThat(v.windowsMissing()).isEqualTo(1);
        assertThat(v.windowsUnexpected()).isEqualTo(1);
    }

    @Test
    void recordChecksFailOrReport() {
        ReceivedWindows received = new ReceivedWindows();
        received.add(new WindowResult(0, 1000, "w0", 2));
        received.add(new WindowResult(0, 1000, "w1", 1));
        received.add(new WindowResult(1000, 2000, "w0", 1));
        received.add(new WindowResult(1000, 2000, "w2", 1));
        Verification clean = Verifier.verifyExact(truth(), received, 2000);

        Verification malformed = Verifier.withOutputChecks(clean, checks(1, 0, 0, 0, true));
        assertThat(malformed.passed()).isFalse();
        assertThat(malformed.examples().get(0)).isEqualTo("1 malformed output records (no window result)");
        assertThat(malformed.output().malformed()).isEqualTo(1);

        assertThat(Verifier.withOutputChecks(clean, checks(0, 3, 0, 0, true)).passed())
                .as("records without LogAppendTime")
                .isFalse();

        Verification negativeOneClock = Verifier.withOutputChecks(clean, checks(0, 0, 2, 0, true));
        assertThat(negativeOneClock.passed()).isFalse();
        assertThat(negativeOneClock.examples().get(0)).contains("2 results appended before their window ended");

        Verification negativeExternal = Verifier.withOutputChecks(clean, checks(0, 0, 2, 0, false));
        assertThat(negativeExternal.passed())
                .as("an external broker's clock may differ")
                .isTrue();
        assertThat(negativeExternal.examples().get(0)).contains("reported only");

        Verification aboveRange = Verifier.withOutputChecks(clean, checks(0, 0, 0, 5, true));
        assertThat(aboveRange.passed()).isTrue();
        assertThat(aboveRange.examples().get(0)).contains("5 latencies above the histogram's range");
    }

    @Test
    void aFaultCostsTheWindowsMissingAndDuplicatedInItsStretch() {
        ReceivedWindows received = new ReceivedWindows();
        received.add(new WindowResult(0, 1000, "w0", 2));
        received.add(new WindowResult(0, 1000, "w0", 2)); // duplicated, ends at 1000
        received.add(new WindowResult(1000, 2000, "w0", 1)); // w2 of [1000,2000) missing, ends at 2000
        WindowsAfter.Tally first =
                WindowsAfter.count(truth(), received, Long.MIN_VALUE, 1500, 2000, Long.MAX_VALUE, true);
        assertThat(first).isEqualTo(new WindowsAfter.Tally(1, 1)); // w1 of [0,1000) missing, w0 duplicated
        WindowsAfter.Tally second =
                WindowsAfter.count(truth(), received, 1500, Long.MAX_VALUE, 2000, Long.MAX_VALUE, true);
        assertThat(second).isEqualTo(new WindowsAfter.Tally(1, 0));
        // processing-time windows are never due: nothing is missing, duplicates still count
        assertThat(WindowsAfter.count(truth(), received, Long.MIN_VALUE, Long.MAX_VALUE, 2000, Long.MAX_VALUE, false))
                .isEqualTo(new WindowsAfter.Tally(0, 1));
    }

    private static Verification.OutputRecords checks(
            long malformed, long withoutLogAppendTime, long negative, long aboveRange, boolean oneClock) {
        return new Verification.OutputRecords(
                10, malformed, withoutLogAppendTime, negative, aboveRange, oneClock, 2000, 0);
    }
}
