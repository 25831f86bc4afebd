package dev.fsbench.harness.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.WindowSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundTruthTest {

    @Test
    void tumblingCountsOutOfOrderEventsInTheirEventTimeWindow() {
        GroundTruth truth = new GroundTruth(WindowSpec.tumbling(1000), 3);
        truth.add(1_500, 0);
        truth.add(2_100, 0);
        truth.add(1_999, 0); // arrives after an event of the next window: still counted in [1000, 2000)
        truth.add(1_000, 2);
        assertThat(truth.count(1_000, 0)).isEqualTo(2);
        assertThat(truth.count(2_000, 0)).isEqualTo(1);
        assertThat(truth.count(1_000, 2)).isEqualTo(1);
        assertThat(truth.count(1_000, 1)).isZero();
        assertThat(truth.events()).isEqualTo(4);
    }

    @Test
    void slidingCountsEachEventInEveryOverlappingWindow() {
        GroundTruth truth = new GroundTruth(new WindowSpec(2000, 1000), 1);
        truth.add(2_500, 0);
        truth.add(1_200, 0); // out of order
        assertThat(truth.count(1_000, 0)).isEqualTo(2); // [1000,3000) holds both
        assertThat(truth.count(2_000, 0)).isEqualTo(1); // [2000,4000)
        assertThat(truth.count(0, 0)).isEqualTo(1); // [0,2000)
        List<Long> starts = new ArrayList<>();
        truth.forEachWindow(s -> s + 2000 <= 3000, (start, word, count) -> starts.add(start));
        assertThat(starts).containsExactlyInAnyOrder(0L, 1_000L);
    }
}
