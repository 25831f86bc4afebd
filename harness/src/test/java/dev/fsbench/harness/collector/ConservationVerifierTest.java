package dev.fsbench.harness.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.WindowResult;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.harness.generator.EventTimeIndex;
import dev.fsbench.harness.generator.GroundTruth;
import dev.fsbench.results.Verification;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the processing-time (DStreams) verification on its own: every case below keeps the total of all
 * counts equal to the expected memberships, which the old single-total check passed.
 */
class ConservationVerifierTest {

    private static final WindowSpec TUMBLING = WindowSpec.tumbling(1000);

    /** w0 x2 and w1 x1 in [0,1000), w0 x1 and w2 x1 in [1000,2000): 5 events, one window each. */
    private static GroundTruth truth;

    private static EventTimeIndex index;

    private static void events() {
        truth = new GroundTruth(TUMBLING, 3);
        index = new EventTimeIndex(3);
        long[][] events = {{100, 0}, {200, 0}, {300, 1}, {1100, 0}, {1200, 2}};
        for (long[] e : events) {
            truth.add(e[0], (int) e[1]);
            index.add(e[0], (int) e[1]);
        }
    }

    private static Verification verify(WindowResult... results) {
        events();
        ReceivedWindows received = new ReceivedWindows();
        for (WindowResult r : results) {
            received.add(r);
        }
        return Verifier.verifyConservation(truth, received, index);
    }

    @Test
    void exactCountsPerWordOnTheGridPass() {
        Verification v = verify(
                new WindowResult(0, 1000, "w0", 2),
                new WindowResult(0, 1000, "w1", 1),
                new WindowResult(1000, 2000, "w0", 1),
                new WindowResult(1000, 2000, "w2", 1));
        assertThat(v.passed()).isTrue();
        assertThat(v.wordsMiscounted()).isZero();
        assertThat(v.windowsOffGrid()).isZero();
        assertThat(v.windowsExpected()).isEqualTo(4);
        assertThat(v.windowsCorrect()).isEqualTo(4);
        assertThat(v.misassignmentRate()).isZero();
    }

    @Test
    void swappedWordsFailAlthoughTheTotalMatches() {
        // the counts of w0 and w1 swapped in [0,1000): every window's sum and the total still right
        Verification v = verify(
                new WindowResult(0, 1000, "w0", 1),
                new WindowResult(0, 1000, "w1", 2),
                new WindowResult(1000, 2000, "w0", 1),
                new WindowResult(1000, 2000, "w2", 1));
        assertThat(v.eventsCounted()).isEqualTo(v.eventsExpected());
        assertThat(v.passed()).isFalse();
        assertThat(v.wordsMiscounted()).isEqualTo(2);
        assertThat(v.examples())
                .contains("word w0: 2 memberships counted, 3 expected")
                .contains("word w1: 2 memberships counted, 1 expected");

        Verification allUnderW0 = verify(new WindowResult(0, 1000, "w0", 3), new WindowResult(1000, 2000, "w0", 2));
        assertThat(allUnderW0.eventsCounted()).isEqualTo(allUnderW0.eventsExpected());
        assertThat(allUnderW0.passed()).isFalse();
        assertThat(allUnderW0.wordsMiscounted()).isEqualTo(3);
        assertThat(allUnderW0.examples())
                .contains("word w0: 5 memberships counted, 3 expected")
                .contains("word w1: 0 memberships counted, 1 expected")
                .contains("word w2: 0 memberships counted, 1 expected");
    }

    @Test
    void countsMovedBetweenWordsAndWindowsFail() {
        // one w0 event lost in [0,1000), one w2 counted twice in [1000,2000): the total is unchanged
        Verification v = verify(
                new WindowResult(0, 1000, "w0", 1),
                new WindowResult(0, 1000, "w1", 1),
                new WindowResult(1000, 2000, "w0", 1),
                new WindowResult(1000, 2000, "w2", 2));
        assertThat(v.eventsCounted()).isEqualTo(v.eventsExpected());
        assertThat(v.passed()).isFalse();
        assertThat(v.wordsMiscounted()).isEqualTo(2);
        assertThat(v.examples())
                .contains("word w0: 2 memberships counted, 3 expected")
                .contains("word w2: 2 memberships counted, 1 expected");
    }

    @Test
    void unknownAndAliasWordsAreUnexpected() {
        for (String alias : new String[] {"w01", "w+1", "w 1", "W1", "w3", "w-1", "x1"}) {
            // w1's count filed under a name that a lenient parser would read as w1 (or a word past the vocabulary)
            Verification v = verify(
                    new WindowResult(0, 1000, "w0", 2),
                    new WindowResult(0, 1000, alias, 1),
                    new WindowResult(1000, 2000, "w0", 1),
                    new WindowResult(1000, 2000, "w2", 1));
            assertThat(v.passed()).as(alias).isFalse();
            assertThat(v.windowsUnexpected()).as(alias).isEqualTo(1);
            assertThat(v.examples())
                    .as(alias)
                    .anySatisfy(e -> assertThat(e).startsWith("unexpected word '" + alias + "' in window [0,1000)"));
        }
    }

    @Test
    void windowsOffTheBatchGridFail() {
        // ends not on a multiple of the slide: a context started off the grid
        Verification shifted = verify(
                new WindowResult(500, 1500, "w0", 2),
                new WindowResult(500, 1500, "w1", 1),
                new WindowResult(1500, 2500, "w0", 1),
                new WindowResult(1500, 2500, "w2", 1));
        assertThat(shifted.passed()).isFalse();
        assertThat(shifted.windowsOffGrid()).isEqualTo(4);
        assertThat(shifted.wordsMiscounted()).isZero();
        assertThat(shifted.examples()).anySatisfy(e -> assertThat(e).contains("window [500,1500) off the batch grid"));

        // the end on the grid but the start not end - size
        Verification wrongStart = verify(
                new WindowResult(0, 1000, "w0", 2),
                new WindowResult(0, 1000, "w1", 1),
                new WindowResult(500, 2000, "w0", 1),
                new WindowResult(500, 2000, "w2", 1));
        assertThat(wrongStart.passed()).isFalse();
        assertThat(wrongStart.windowsOffGrid()).isEqualTo(2);
    }

    @Test
    void aDuplicatedWindowFails() {
        Verification v = verify(
                new WindowResult(0, 1000, "w0", 2),
                new WindowResult(0, 1000, "w1", 1),
                new WindowResult(1000, 2000, "w0", 1),
                new WindowResult(1000, 2000, "w2", 1),
                new WindowResult(1000, 2000, "w2", 1)); // a late copy, e.g. after a restart
        assertThat(v.passed()).isFalse();
        assertThat(v.windowsDuplicated()).isEqualTo(1);
        assertThat(v.windowsCorrect()).isEqualTo(3);
        assertThat(v.wordsMiscounted()).as("the first copies count right").isZero();
    }

    @Test
    void everyViolatedRuleKeepsAnExample() {
        WindowResult[] results = new WindowResult[30];
        for (int i = 0; i < 29; i++) {
            results[i] = new WindowResult(0, 1000, "w01", 1); // the same alias again and again: one row, 29 copies
        }
        results[29] = new WindowResult(300, 1300, "w0", 1);
        Verification v = verify(results);
        assertThat(v.examples())
                .anySatisfy(e -> assertThat(e).startsWith("duplicated window"))
                .anySatisfy(e -> assertThat(e).startsWith("unexpected word 'w01'"))
                .anySatisfy(e -> assertThat(e).contains("off the batch grid"))
                .anySatisfy(e -> assertThat(e).startsWith("word w1:"));
    }
}
