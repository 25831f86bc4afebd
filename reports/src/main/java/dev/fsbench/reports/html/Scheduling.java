package dev.fsbench.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.results.WorkloadResult;

/**
 * How the engine scheduled its work, from the engine summary's {@code placement} (docs/results.md): Spark's
 * {@code per-batch} (every micro-batch's tasks launched anew, each source partition possibly on another executor)
 * or Flink's {@code deploy-once} (subtasks deployed once, moved only by a failure). Read leniently: a summary
 * without the key, with an unknown kind or with another shape has no scheduling; a figure that is not a number is
 * null (shown as "–"). Only numbers reach the page.
 *
 * @param perBatch        true for Spark's per-batch placement, false for Flink's deploy-once
 * @param moves           times a source partition's task (Spark) or a subtask (Flink) ran elsewhere than before
 * @param batches         Spark: batches whose source tasks were seen
 * @param partitions      Spark: source partitions seen
 * @param movedPartitions Spark: source partitions that ran on more than one executor
 * @param executors       Spark: executors that ran source tasks
 * @param tasksPerSecond  Spark: tasks launched per second, over the engine's run
 * @param delayP50Ms      Spark: scheduler delay, median over every task
 * @param delayMaxMs      Spark: scheduler delay, maximum
 * @param subtasks        Flink: subtasks seen running
 * @param deployments     Flink: distinct attempts seen running (1 without a failure)
 * @param taskManagers    Flink: TaskManagers that ran subtasks
 */
record Scheduling(
        boolean perBatch,
        Double moves,
        Double batches,
        Double partitions,
        Double movedPartitions,
        Double executors,
        Double tasksPerSecond,
        Double delayP50Ms,
        Double delayMaxMs,
        Double subtasks,
        Double deployments,
        Double taskManagers) {

    static final String KEY = "placement";

    /** Null when the workload's engine reported no placement of a known kind. */
    static Scheduling of(WorkloadResult w) {
        if (w == null || w.engineMetrics() == null || w.engineMetrics().summary() == null) {
            return null;
        }
        JsonNode placement = w.engineMetrics().summary().get(KEY);
        if (placement == null || !placement.isObject()) {
            return null;
        }
        String kind = placement.path("kind").asText("");
        if (kind.equals("per-batch")) {
            JsonNode partitions = placement.path("partitions");
            Double moved = null;
            if (partitions.isObject()) {
                double count = 0;
                for (JsonNode executors : partitions) {
                    count += executors.isNumber() && executors.asDouble() > 1 ? 1 : 0;
                }
                moved = count;
            }
            JsonNode delay = placement.path("schedulerDelayMs");
            return new Scheduling(
                    true,
                    number(placement.path("moves")),
                    number(placement.path("batches")),
                    partitions.isObject() ? (double) partitions.size() : null,
                    moved,
                    number(placement.path("executors")),
                    number(placement.path("tasksLaunchedPerSecond")),
                    number(delay.path("p50")),
                    number(delay.path("max")),
                    null,
                    null,
                    null);
        }
        if (kind.equals("deploy-once")) {
            return new Scheduling(
                    false,
                    number(placement.path("moves")),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    number(placement.path("subtasks")),
                    number(placement.path("deployments")),
                    number(placement.path("taskManagers")));
        }
        return null;
    }

    private static Double number(JsonNode node) {
        return node.isNumber() && Double.isFinite(node.asDouble()) ? node.asDouble() : null;
    }
}
