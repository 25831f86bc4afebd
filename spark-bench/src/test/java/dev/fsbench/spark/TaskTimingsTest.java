package dev.fsbench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tasks launched per second and their scheduler delay: per tick for the series, over the run for the summary. */
class TaskTimingsTest {

    private record Point(String name, Map<String, String> tags, double value) {}

    @Test
    void eachTickReportsTheTasksOfItsSecondAndTheSummaryTheWholeRun() {
        TaskTimings timings = new TaskTimings();
        List<Point> points = new ArrayList<>();
        long start = 1_700_000_000_000L;
        // second 1: a micro-batch of 2 source + 3 shuffle tasks; delays 2, 3, 40 (a slow ship), 1, 2 ms
        for (int task = 0; task < 5; task++) {
            timings.launched(start + task * 10L);
        }
        List.of(2L, 3L, 40L, 1L, 2L).forEach(timings::ended);
        timings.tick((name, tags, value) -> points.add(new Point(name, tags, value)));
        // second 2: nothing launched, nothing ended
        timings.tick((name, tags, value) -> points.add(new Point(name, tags, value)));
        // second 3: the next micro-batch, 1 s after the first
        for (int task = 0; task < 5; task++) {
            timings.launched(start + 1_000 + task * 10L);
            timings.ended(5);
        }
        timings.tick((name, tags, value) -> points.add(new Point(name, tags, value)));

        assertThat(points)
                .containsExactly(
                        new Point(TaskTimings.LAUNCHED_PER_SECOND, Map.of(), 5),
                        new Point(TaskTimings.SCHEDULER_DELAY, Map.of("stat", "p50"), 2),
                        new Point(TaskTimings.SCHEDULER_DELAY, Map.of("stat", "max"), 40),
                        new Point(TaskTimings.LAUNCHED_PER_SECOND, Map.of(), 0),
                        new Point(TaskTimings.LAUNCHED_PER_SECOND, Map.of(), 5),
                        new Point(TaskTimings.SCHEDULER_DELAY, Map.of("stat", "p50"), 5),
                        new Point(TaskTimings.SCHEDULER_DELAY, Map.of("stat", "max"), 5));
        Map<String, Object> summary = timings.describe();
        assertThat(summary).containsEntry("tasksLaunched", 10L);
        // 10 tasks launched between the first (start) and the last (start + 1,040 ms)
        assertThat((Double) summary.get("tasksLaunchedPerSecond"))
                .isCloseTo(10 / 1.04, org.assertj.core.data.Offset.offset(1e-9));
        // 10 delays sorted: 1 2 2 3 5 5 5 5 5 40: the lower median is the 5th
        assertThat(summary).containsEntry("schedulerDelayMs", Map.of("p50", 5L, "max", 40L));
    }

    @Test
    void nothingIsDescribedBeforeTheFirstTask() {
        assertThat(new TaskTimings().describe()).isEmpty();
    }
}
