package dev.fsbench.harness.sustain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.LatencyInterval;
import org.junit.jupiter.api.Test;

class SteadyStateDetectorTest {

    private static final long RATE = 10_000;

    private static LatencyInterval p99(double ms) {
        return new LatencyInterval(0, 100, ms * 0.9, ms, ms);
    }

    private static final LatencyInterval NONE = new LatencyInterval(0, 0, 0, 0, 0);

    @Test
    void steadyOnceTheLastSecondsAreInTheBandAndTheBacklogFlat() {
        SteadyStateDetector detector = new SteadyStateDetector(RATE);
        double[] p99s = {220, 240, 210, 230};
        for (int s = 0; s < p99s.length; s++) {
            detector.observe(s * 1000L, p99(p99s[s]), 2_000);
            assertThat(detector.steady(s * 1000L)).as("fewer than 5 seconds").isFalse();
        }
        detector.observe(4_000, p99(225), 2_500);
        assertThat(detector.steady(4_000)).isTrue();
    }

    @Test
    void slowFirstMicroBatchesKeepTheWarmUpGoingUntilTheyAreOutOfTheWindow() {
        SteadyStateDetector detector = new SteadyStateDetector(RATE);
        // nothing for 3 s, then a first micro-batch at 8 s of latency, then 1.3 s
        LatencyInterval[] seconds = {NONE, NONE, NONE, p99(8_000), NONE, p99(1_300), p99(1_250), p99(1_350)};
        for (int s = 0; s < seconds.length; s++) {
            detector.observe(s * 1000L, seconds[s], 1_000);
            assertThat(detector.steady(s * 1000L)).isFalse();
        }
        detector.observe(8_000, p99(1_300), 1_000);
        assertThat(detector.steady(8_000)).isTrue();
    }

    @Test
    void aGrowingBacklogIsNotSteady() {
        SteadyStateDetector detector = new SteadyStateDetector(RATE);
        for (int s = 0; s < 5; s++) {
            detector.observe(s * 1000L, p99(220), 2_000 + s * 0.2 * RATE);
        }
        assertThat(detector.steady(5_000)).isFalse();
    }

    @Test
    void tooFewSecondsWithResultsAreNotSteady() {
        SteadyStateDetector detector = new SteadyStateDetector(RATE);
        LatencyInterval[] seconds = {p99(220), NONE, NONE, NONE, p99(220)};
        for (int s = 0; s < seconds.length; s++) {
            detector.observe(s * 1000L, seconds[s], 1_000);
        }
        assertThat(detector.steady(5_000)).isFalse();
    }
}
