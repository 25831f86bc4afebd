package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.ThroughputPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuredJudgementTest {

    private static final long T0 = 1_800_000_000_000L;

    private static ThroughputPoint second(long t, double processed) {
        return new ThroughputPoint(t, 100, processed, 0.0, 1.0);
    }

    @Test
    void processedCountsOnlyWholeSecondsAndASecondWithoutOutputAsZero() {
        // the interval starts 400 ms into a second: that partial second and the one it ends in are left out
        List<ThroughputPoint> series = List.of(
                second(T0, 1_000), // partial: before the interval's first whole second
                second(T0 + 1_000, 90),
                // T0 + 2_000: no output at all, so no point
                second(T0 + 3_000, 120),
                second(T0 + 4_000, 1_000)); // partial: the interval ends at T0 + 4_400
        assertThat(MeasuredJudgement.processedPerSec(series, T0 + 400, T0 + 4_400))
                .isEqualTo((90 + 0 + 120) / 3.0);
        assertThat(MeasuredJudgement.wholeSecondsBetween(series, T0 + 400, T0 + 4_400))
                .extracting(ThroughputPoint::t)
                .containsExactly(T0 + 1_000, T0 + 3_000);
    }

    @Test
    void anIntervalShorterThanASecondHasNoProcessedRate() {
        assertThat(MeasuredJudgement.processedPerSec(List.of(second(T0, 10)), T0 + 100, T0 + 900))
                .isNull();
    }
}
