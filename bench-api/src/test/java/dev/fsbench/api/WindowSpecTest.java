package dev.fsbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowSpecTest {

    private static List<Long> starts(WindowSpec spec, long ts) {
        List<Long> starts = new ArrayList<>();
        spec.forEachWindowStart(ts, starts::add);
        return starts;
    }

    @Test
    void tumblingAssignsExactlyOneEpochAlignedWindow() {
        WindowSpec spec = WindowSpec.tumbling(1000);
        assertThat(starts(spec, 12_345)).containsExactly(12_000L);
        assertThat(starts(spec, 12_000)).containsExactly(12_000L);
        assertThat(starts(spec, 12_999)).containsExactly(12_000L);
    }

    @Test
    void slidingAssignsSizeOverSlideWindowsThatContainTheTimestamp() {
        WindowSpec spec = new WindowSpec(3000, 1000);
        assertThat(starts(spec, 10_500)).containsExactly(10_000L, 9_000L, 8_000L);
        assertThat(spec.windowsPerEvent()).isEqualTo(3);
        for (long start : starts(spec, 10_500)) {
            assertThat(10_500L).isBetween(start, spec.windowEnd(start) - 1);
        }
    }

    @Test
    void slidingWithNonDividingSlideStillCoversTimestamp() {
        WindowSpec spec = new WindowSpec(2500, 1000);
        assertThat(starts(spec, 10_200)).containsExactly(10_000L, 9_000L, 8_000L);
        assertThat(starts(spec, 10_600)).containsExactly(10_000L, 9_000L);
    }

    @Test
    void rejectsSlideLargerThanSize() {
        assertThatThrownBy(() -> new WindowSpec(1000, 2000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slide");
    }
}
