package dev.fsbench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which stages count as the counting stage. The records it accumulates come from real Spark jobs:
 * {@link StructuredWordCountTest} and {@link DStreamWordCountTest}.
 */
class CountingStageLoadTest {

    @Test
    void theCountingStageReadsTheFirstShuffle() {
        // a salted job: source (0) -> salted aggregation (1) -> merge (2); stage 3 reuses an earlier job's
        // source stage 7, which this job's infos do not list
        Map<Integer, Integer> depths = CountingStageLoad.depths(
                Map.of(0, List.of(), 1, List.of(0), 2, List.of(1), 3, List.of(7, 0), 4, List.of(3, 1)));

        assertThat(depths).containsExactlyInAnyOrderEntriesOf(Map.of(0, 0, 1, 1, 2, 2, 3, 1, 4, 2));
    }

    @Test
    void noLoadBeforeAnyCountingStageRan() {
        assertThat(new CountingStageLoad("aggregate(window, word)").load()).isEmpty();
    }
}
