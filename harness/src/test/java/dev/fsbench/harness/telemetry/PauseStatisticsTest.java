package dev.fsbench.harness.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PauseStatisticsTest {

    @Test
    void noPausesMeansNoMaxOrPercentile() {
        PauseStatistics pauses = new PauseStatistics();
        assertThat(pauses.count()).isZero();
        assertThat(pauses.totalMs()).isZero();
        assertThat(pauses.maxMs()).isNull();
        assertThat(pauses.percentileMs(99)).isNull();
    }

    @Test
    void nearestRankPercentileIsAnObservedPause() {
        PauseStatistics pauses = new PauseStatistics();
        for (int i = 1; i <= 200; i++) {
            pauses.add(i);
        }
        assertThat(pauses.count()).isEqualTo(200);
        assertThat(pauses.totalMs()).isEqualTo(200 * 201 / 2.0);
        assertThat(pauses.maxMs()).isEqualTo(200.0);
        assertThat(pauses.percentileMs(99)).isEqualTo(198.0);
        assertThat(pauses.percentileMs(50)).isEqualTo(100.0);
    }

    @Test
    void withFewPausesTheP99IsTheLongest() {
        PauseStatistics pauses = new PauseStatistics();
        pauses.add(3);
        pauses.add(40);
        pauses.add(5);
        assertThat(pauses.percentileMs(99)).isEqualTo(40.0);
    }
}
