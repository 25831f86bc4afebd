package dev.fsbench.spark;

import dev.fsbench.api.MetricSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tasks launched and their scheduler delay, per second as series and over the run for the summary:
 * <ul>
 *   <li>{@value #LAUNCHED_PER_SECOND}: tasks the driver launched in the last second (every stage of every batch)</li>
 *   <li>{@value #SCHEDULER_DELAY} {@code {stat: p50|max}}: the scheduler delay of the tasks that ended in the last
 *       second, absent in a second without any</li>
 * </ul>
 * Scheduler delay as Spark's UI defines it: a task's duration minus its run, deserialization and result
 * serialization time and the time fetching its result, i.e. shipping the task to the executor and its result back.
 */
final class TaskTimings {

    static final String LAUNCHED_PER_SECOND = "spark.tasksLaunchedPerSecond";
    static final String SCHEDULER_DELAY = "spark.schedulerDelayMs";

    private long launchedThisSecond;
    private final List<Long> delaysThisSecond = new ArrayList<>();
    private long launched;
    private long firstLaunchMs = -1;
    private long lastLaunchMs = -1;
    /** Every delay seen, as counts per millisecond value: a few hundred distinct values at most in practice. */
    private final TreeMap<Long, Long> delayCounts = new TreeMap<>();

    synchronized void launched(long launchTimeMs) {
        launchedThisSecond++;
        launched++;
        if (firstLaunchMs < 0) {
            firstLaunchMs = launchTimeMs;
        }
        lastLaunchMs = Math.max(lastLaunchMs, launchTimeMs);
    }

    synchronized void ended(long schedulerDelayMs) {
        delaysThisSecond.add(schedulerDelayMs);
        delayCounts.merge(schedulerDelayMs, 1L, Long::sum);
    }

    /** Called once a second: the second's figures to {@code sink}, then a new second starts. */
    synchronized void tick(MetricSink sink) {
        sink.metric(LAUNCHED_PER_SECOND, Map.of(), launchedThisSecond);
        launchedThisSecond = 0;
        if (!delaysThisSecond.isEmpty()) {
            Collections.sort(delaysThisSecond);
            sink.metric(
                    SCHEDULER_DELAY, Map.of("stat", "p50"), delaysThisSecond.get((delaysThisSecond.size() - 1) / 2));
            sink.metric(SCHEDULER_DELAY, Map.of("stat", "max"), delaysThisSecond.get(delaysThisSecond.size() - 1));
            delaysThisSecond.clear();
        }
    }

    /** {@code {tasksLaunched, tasksLaunchedPerSecond, schedulerDelayMs: {p50, max}}}; empty before any task. */
    synchronized Map<String, Object> describe() {
        if (launched == 0) {
            return Map.of();
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("tasksLaunched", launched);
        long spanMs = lastLaunchMs - firstLaunchMs;
        if (spanMs > 0) {
            described.put("tasksLaunchedPerSecond", launched * 1000.0 / spanMs);
        }
        if (!delayCounts.isEmpty()) {
            Map<String, Object> delay = new LinkedHashMap<>();
            delay.put("p50", median());
            delay.put("max", delayCounts.lastKey());
            described.put("schedulerDelayMs", delay);
        }
        return described;
    }

    /** The lower median, as {@link #tick} takes it. */
    private long median() {
        long total = delayCounts.values().stream().mapToLong(Long::longValue).sum();
        long rank = (total - 1) / 2;
        long seen = 0;
        for (Map.Entry<Long, Long> entry : delayCounts.entrySet()) {
            seen += entry.getValue();
            if (seen > rank) {
                return entry.getKey();
            }
        }
        return delayCounts.lastKey();
    }
}
