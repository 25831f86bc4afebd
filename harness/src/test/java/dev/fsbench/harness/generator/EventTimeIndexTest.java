package dev.fsbench.harness.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTimeIndexTest {

    @Test
    void countsEachWordsEventsOfAnIntervalOnBucketBoundaries() {
        EventTimeIndex index = new EventTimeIndex(3);
        index.add(1_000, 0);
        index.add(1_099, 0);
        index.add(1_150, 1);
        index.add(1_300, 2);
        index.add(1_400, 2); // the interval's end is exclusive

        assertThat(index.countsBetween(1_000, 1_400)).containsExactly(2, 1, 1);
        assertThat(index.countsBetween(1_100, 1_300)).containsExactly(0, 1, 0);
        assertThat(index.countsBetween(2_000, 3_000)).containsExactly(0, 0, 0);
    }

    @Test
    void anUnalignedIntervalIsJudgedAtTheBucketsResolution() {
        EventTimeIndex index = new EventTimeIndex(1);
        index.add(1_010, 0);
        index.add(1_060, 0);

        // 1_050 falls in the bucket [1_000, 1_100): the whole bucket counts
        assertThat(index.countsBetween(1_050, 1_100)).containsExactly(2);
    }
}
