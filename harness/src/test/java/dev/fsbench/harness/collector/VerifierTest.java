package dev.fsbench.harness.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.WindowResult;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.harness.generator.EventTimeIndex;
import dev.fsbench.harness.generator.GroundTruth;
import dev.fsbench.results.Verification;
import org.junit.jupiter.api.Test;

class VerifierTest {

    private static GroundTruth truth() {
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
        received.add(new WindowResult(5000, 6000, "w9", 1)); // ends after the judged range: ignored
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
}
