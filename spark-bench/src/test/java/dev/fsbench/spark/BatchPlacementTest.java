package dev.fsbench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placement of source tasks batch after batch, as a standalone cluster with two executors produces it. */
class BatchPlacementTest {

    @Test
    void aPartitionThatRunsOnAnotherExecutorThanInTheBatchBeforeCountsAsAMove() {
        BatchPlacement placement = new BatchPlacement();
        // batch 0: partition 0 on executor 0, partition 1 on executor 1; batch 1: swapped; batch 2: partition 1 back
        placement.taskRan("batch 0", 0, "0");
        placement.taskRan("batch 0", 1, "1");
        placement.taskRan("batch 1", 1, "0");
        placement.taskRan("batch 1", 0, "1");
        placement.taskRan("batch 2", 0, "1");
        placement.taskRan("batch 2", 1, "1");

        assertThat(placement.describe())
                .containsEntry("kind", "per-batch")
                .containsEntry("batches", 3L)
                .containsEntry("partitions", Map.of("0", 2, "1", 2))
                .containsEntry("moves", 3L)
                .containsEntry("executors", 2);
    }

    @Test
    void stickyPartitionsOnTheDriverInLocalModeNeverMove() {
        BatchPlacement placement = new BatchPlacement();
        for (int batch = 0; batch < 100; batch++) {
            placement.taskRan("batch time " + (1_700_000_000_000L + batch * 1000L), 0, "driver");
            placement.taskRan("batch time " + (1_700_000_000_000L + batch * 1000L), 1, "driver");
        }

        assertThat(placement.describe())
                .containsEntry("batches", 100L)
                .containsEntry("partitions", Map.of("0", 1, "1", 1))
                .containsEntry("moves", 0L)
                .containsEntry("executors", 1);
    }

    @Test
    void nothingIsDescribedBeforeTheFirstSourceTask() {
        assertThat(new BatchPlacement().describe()).isEmpty();
    }
}
