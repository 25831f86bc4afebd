package dev.fsbench.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class LatencyTrendTest {

    private static List<LatencyInterval> seconds(int n, IntToDoubleFunction p99) {
        List<LatencyInterval> intervals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            intervals.add(new LatencyInterval(
                    i * 1000L, 100, p99.applyAsDouble(i) / 2, p99.applyAsDouble(i), p99.applyAsDouble(i)));
        }
        intervals.add(new LatencyInterval(n * 1000L, 0, 0, 0, 0)); // empty seconds do not count
        return intervals;
    }

    @Test
    void jitterAroundALevelIsFlat() {
        LatencyTrend trend = LatencyTrend.of(seconds(30, i -> i % 2 == 0 ? 300 : 380));
        assertThat(trend.flat()).isTrue();
        assertThat(trend.growthMs()).isBetween(-100.0, 100.0);
    }

    @Test
    void aGrowingBacklogIsNotFlat() {
        LatencyTrend trend = LatencyTrend.of(seconds(30, i -> 300 + 200.0 * i));
        assertThat(trend.flat()).isFalse();
        assertThat(trend.growthMs()).isGreaterThan(3000);
    }

    @Test
    void tooFewSecondsGiveNoVerdict() {
        assertThat(LatencyTrend.of(seconds(4, i -> 300))).isNull();
    }
}
