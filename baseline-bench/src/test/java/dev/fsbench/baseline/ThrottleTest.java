package dev.fsbench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThrottleTest {

    @Test
    void holdsTheLoopToTheLimit() throws InterruptedException {
        Throttle throttle = Throttle.of(1_000);
        long start = System.nanoTime();
        for (int i = 0; i < 9; i++) {
            throttle.processed(50);
        }
        // 450 events at 1,000 ev/s, less the 250 ms of credit the bucket may start with, cannot be done in less
        // than 200 ms (a lower bound: sleeping never ends early)
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(199);
    }

    @Test
    void noLimitNeverSleeps() throws InterruptedException {
        Throttle throttle = Throttle.of(0);
        throttle.processed(1_000_000_000);
        assertThat(throttle.limits()).isFalse();
        assertThat(Throttle.of(1).limits()).isTrue();
    }
}
