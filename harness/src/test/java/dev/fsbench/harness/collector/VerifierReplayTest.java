package dev.fsbench.harness.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.WindowResult;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.harness.generator.GroundTruth;
import dev.fsbench.results.Verification;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Windows received more than once after a kill, under each {@link ReplayTolerance} (docs/failures.md). */
class VerifierReplayTest {

    @Test
    void afterAKillAnAtLeastOnceReplayIsReportedButPassesOnlyWhenEveryCopyIsRight() {
        ReceivedWindows received = new ReceivedWindows();
        received.add(new WindowResult(0, 1000, "w0", 2));
        received.add(new WindowResult(0, 1000, "w1", 1));
        received.add(new WindowResult(1000, 2000, "w0", 1));
        received.add(new WindowResult(1000, 2000, "w2", 1));
        received.add(new WindowResult(0, 1000, "w0", 2)); // replayed after the restart, same count
        received.add(new WindowResult(2000, 3000, "w3", 1));
        received.add(new WindowResult(2000, 3000, "w3", 1)); // a late copy after the last judged window
        Verification tolerated =
                Verifier.verifyExact(VerifierTest.truth(), received, 2000, Long.MAX_VALUE, ReplayTolerance.REPEATS);
        assertThat(tolerated.passed()).isTrue();
        assertThat(tolerated.windowsDuplicated()).isEqualTo(2);
        assertThat(tolerated.windowsCorrect()).isEqualTo(4);
        assertThat(tolerated.examples().get(0)).contains("2 duplicated windows tolerated");
        // the same output without tolerance (no kill, or an exactly-once sink) fails
        assertThat(Verifier.verifyExact(VerifierTest.truth(), received, 2000, Long.MAX_VALUE, ReplayTolerance.NONE)
                        .passed())
                .isFalse();

        received.add(new WindowResult(1000, 2000, "w2", 2)); // a replay must not change a count
        Verification changed =
                Verifier.verifyExact(VerifierTest.truth(), received, 2000, Long.MAX_VALUE, ReplayTolerance.REPEATS);
        assertThat(changed.passed()).isFalse();
        assertThat(changed.windowsWrong()).isEqualTo(1);
        // the wrong copy is named with the true count, ahead of tolerated replays beyond the first few
        assertThat(changed.examples()).anyMatch(e -> e.contains("w2 counts [1, 2], expected 1"));
    }

    @Test
    void whenReplaysMayOverCountALargerLaterCopyIsToleratedAndTallied() {
        ReceivedWindows received = allRight();
        received.add(new WindowResult(0, 1000, "w0", 3)); // replayed from state that already held one event
        received.add(new WindowResult(1000, 2000, "w2", 1)); // replayed unchanged
        Verification v =
                Verifier.verifyExact(VerifierTest.truth(), received, 2000, Long.MAX_VALUE, ReplayTolerance.OVER_COUNTS);
        assertThat(v.passed()).isTrue();
        assertThat(v.windowsDuplicated()).isEqualTo(2);
        assertThat(v.windowsOvercounted()).isEqualTo(1);
        assertThat(v.windowsCorrect()).isEqualTo(4);
        assertThat(v.windowsWrong()).isZero();
        assertThat(v.eventsCounted()).as("first copies").isEqualTo(5);
        assertThat(v.examples().get(0))
                .contains("2 duplicated windows tolerated")
                .contains("1 windows over-counted");
        assertThat(v.examples())
                .anyMatch(e -> e.contains("w0 counts [2, 3], expected 2 (a later copy over-counted: tolerated)"));
    }

    @Test
    void overCountedCopiesAreNamedInAtMostThreeExamples() {
        GroundTruth truth = new GroundTruth(WindowSpec.tumbling(1000), 8);
        ReceivedWindows received = new ReceivedWindows();
        for (int word = 0; word < 8; word++) {
            truth.add(100, word);
            received.add(new WindowResult(0, 1000, "w" + word, 1));
            received.add(new WindowResult(0, 1000, "w" + word, 2));
        }
        Verification v = Verifier.verifyExact(truth, received, 1000, Long.MAX_VALUE, ReplayTolerance.OVER_COUNTS);
        assertThat(v.passed()).isTrue();
        assertThat(v.windowsOvercounted()).isEqualTo(8);
        assertThat(v.examples().stream().filter(e -> e.contains("over-counted: tolerated")))
                .hasSize(3);
    }

    @Test
    void whenReplaysMayOverCountASmallerLaterCopyOrAnUnderCountedFirstCopyStillFails() {
        ReceivedWindows smaller = allRight();
        smaller.add(new WindowResult(0, 1000, "w0", 1)); // a replay lost an event
        Verification lost =
                Verifier.verifyExact(VerifierTest.truth(), smaller, 2000, Long.MAX_VALUE, ReplayTolerance.OVER_COUNTS);
        assertThat(lost.passed()).isFalse();
        assertThat(lost.windowsWrong()).isEqualTo(1);
        assertThat(lost.windowsOvercounted()).isZero();
        assertThat(lost.examples()).anyMatch(e -> e.contains("w0 counts [2, 1], expected 2"));

        ReceivedWindows overThenUnder = allRight();
        overThenUnder.add(new WindowResult(0, 1000, "w0", 3));
        overThenUnder.add(new WindowResult(0, 1000, "w0", 1));
        assertThat(Verifier.verifyExact(
                                VerifierTest.truth(), overThenUnder, 2000, Long.MAX_VALUE, ReplayTolerance.OVER_COUNTS)
                        .passed())
                .isFalse();

        ReceivedWindows wrongFirst = new ReceivedWindows();
        wrongFirst.add(new WindowResult(0, 1000, "w0", 1)); // the first copy under-counted
        wrongFirst.add(new WindowResult(0, 1000, "w0", 2));
        wrongFirst.add(new WindowResult(0, 1000, "w1", 1));
        wrongFirst.add(new WindowResult(1000, 2000, "w0", 1));
        wrongFirst.add(new WindowResult(1000, 2000, "w2", 1));
        Verification first = Verifier.verifyExact(
                VerifierTest.truth(), wrongFirst, 2000, Long.MAX_VALUE, ReplayTolerance.OVER_COUNTS);
        assertThat(first.passed()).isFalse();
        assertThat(first.windowsWrong()).isEqualTo(1);
    }

    @Test
    void whenReplaysMayOverCountAWindowsOnlyCopyMayOverCountButNotUnderCount() {
        // a window still open at the restored checkpoint fires once, from state that already held a replayed event
        ReceivedWindows received = new ReceivedWindows();
        received.add(new WindowResult(0, 1000, "w0", 3));
        received.add(new WindowResult(0, 1000, "w1", 1));
        received.add(new WindowResult(1000, 2000, "w0", 1));
        received.add(new WindowResult(1000, 2000, "w2", 1));
        Verification v =
                Verifier.verifyExact(VerifierTest.truth(), received, 2000, Long.MAX_VALUE, ReplayTolerance.OVER_COUNTS);
        assertThat(v.passed()).isTrue();
        assertThat(v.windowsDuplicated()).isZero();
        assertThat(v.windowsOvercounted()).isEqualTo(1);
        assertThat(v.windowsWrong()).isZero();
        assertThat(v.examples().get(0)).contains("1 windows over-counted");
        assertThat(v.examples()).anyMatch(e -> e.contains("over-counted window [0,1000) w0: counted 3, expected 2"));
        // the same output where replays must repeat, or without a kill, fails
        assertThat(Verifier.verifyExact(VerifierTest.truth(), received, 2000, Long.MAX_VALUE, ReplayTolerance.REPEATS)
                        .windowsWrong())
                .isEqualTo(1);

        ReceivedWindows under = allRight();
        ReceivedWindows lower = new ReceivedWindows();
        lower.add(new WindowResult(0, 1000, "w0", 1)); // an event lost
        lower.add(new WindowResult(0, 1000, "w1", 1));
        lower.add(new WindowResult(1000, 2000, "w0", 1));
        lower.add(new WindowResult(1000, 2000, "w2", 1));
        Verification lost =
                Verifier.verifyExact(VerifierTest.truth(), lower, 2000, Long.MAX_VALUE, ReplayTolerance.OVER_COUNTS);
        assertThat(lost.passed()).isFalse();
        assertThat(lost.windowsWrong()).isEqualTo(1);
        assertThat(Verifier.verifyExact(VerifierTest.truth(), under, 2000, Long.MAX_VALUE, ReplayTolerance.OVER_COUNTS)
                        .passed())
                .isTrue();
    }

    @Test
    void anOverCountedCopyFailsWhereReplaysMustRepeatAndIsNotTalliedThere() {
        ReceivedWindows received = allRight();
        received.add(new WindowResult(0, 1000, "w0", 3));
        Verification repeats =
                Verifier.verifyExact(VerifierTest.truth(), received, 2000, Long.MAX_VALUE, ReplayTolerance.REPEATS);
        assertThat(repeats.passed()).isFalse();
        assertThat(repeats.windowsWrong()).isEqualTo(1);
        assertThat(repeats.windowsOvercounted())
                .as("no over-count rule, no field")
                .isNull();
        assertThat(repeats.examples()).anyMatch(e -> e.contains("w0 counts [2, 3], expected 2"));
        Verification none =
                Verifier.verifyExact(VerifierTest.truth(), received, 2000, Long.MAX_VALUE, ReplayTolerance.NONE);
        assertThat(none.passed()).isFalse();
        assertThat(none.windowsOvercounted()).isNull();
    }

    @Test
    void copiesCompareWithTheTrueCountInTheOrderTheyArrived() {
        assertThat(ReplayTolerance.Copies.of(List.of(2L, 2L), 2, true)).isEqualTo(ReplayTolerance.Copies.REPEATED);
        assertThat(ReplayTolerance.Copies.of(List.of(2L, 4L, 3L), 2, true))
                .isEqualTo(ReplayTolerance.Copies.OVER_COUNTED);
        assertThat(ReplayTolerance.Copies.of(List.of(3L, 2L), 2, true)).isEqualTo(ReplayTolerance.Copies.OVER_COUNTED);
        assertThat(ReplayTolerance.Copies.of(List.of(3L), 2, true)).isEqualTo(ReplayTolerance.Copies.OVER_COUNTED);
        assertThat(ReplayTolerance.Copies.of(List.of(1L, 2L), 2, true)).isEqualTo(ReplayTolerance.Copies.CHANGED);
        assertThat(ReplayTolerance.Copies.of(List.of(2L, 3L), 2, false)).isEqualTo(ReplayTolerance.Copies.CHANGED);
        assertThat(ReplayTolerance.OVER_COUNTS.tolerates(ReplayTolerance.Copies.OVER_COUNTED))
                .isTrue();
        assertThat(ReplayTolerance.REPEATS.tolerates(ReplayTolerance.Copies.OVER_COUNTED))
                .isFalse();
        assertThat(ReplayTolerance.NONE.tolerates(ReplayTolerance.Copies.REPEATED))
                .isFalse();
    }

    /** Every window of {@link #VerifierTest.truth()} up to 2000, once, with its true count. */
    private static ReceivedWindows allRight() {
        ReceivedWindows received = new ReceivedWindows();
        received.add(new WindowResult(0, 1000, "w0", 2));
        received.add(new WindowResult(0, 1000, "w1", 1));
        received.add(new WindowResult(1000, 2000, "w0", 1));
        received.add(new WindowResult(1000, 2000, "w2", 1));
        return received;
    }
}
