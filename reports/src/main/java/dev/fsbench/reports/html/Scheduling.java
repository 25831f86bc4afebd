package dev.fsbench.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.results.WorkloadResult;

/**
 * How the engine scheduled its work, from the engine summary's {@code placement} (docs/results.md): Spark's
 * {@code per-batch} (every micro-batch's tasks launched anew, each source partition possibly on another executor)
 * or Flink's {@code deploy-once} (subtasks deployed once, moved only by a failure). Read leniently: a summary
 * without the key, with an unknown kind or with another shape has no scheduling; a figure that is not a number is
 * null (shown as "–"). Only numbers reach the page.
 */
sealed interface Scheduling permits Scheduling.PerBatch, Scheduling.DeployOnce {

    String KEY = "placement";

    /** The template's switch between the two shapes. */
    boolean perBatch();

    /**
     * Spark: every micro-batch's tasks launched anew.
     *
     * @param moves           times a source partition's task ran on another executor than in the batch before
     * @param batches         batches whose source tasks were seen
     * @param partitions      source partitions seen
     * @param movedPartitions source partitions that ran on more than one executor
     * @param executors       executors that ran source tasks
     * @param tasksPerSecond  tasks launched per second, over the engine's run
     * @param delayP50Ms      scheduler delay, median over every task
     * @param delayMaxMs      scheduler delay, maximum
     */
    record PerBatch(
            Double moves,
            Double batches,
            Double partitions,
            Double movedPartitions,
            Double executors,
            Double tasksPerSecond,
            Double delayP50Ms,
            Double delayMaxMs)
            implements Scheduling {
        @Override
        public boolean perBatch() {
            return true;
        }
    }

    /**
     * Flink: subtasks deployed once.
     *
     * @param moves        times a subtask ran on another TaskManager than before
     * @param subtasks     subtasks seen running
     * @param deployments  distinct attempts seen running (1 without a failure)
     * @param taskManagers TaskManagers that ran subtasks
     */
    record DeployOnce(Double moves, Double subtasks, Double deployments, Double taskManagers) implements Scheduling {
        @Override
        public boolean perBatch() {
            return false;
        }
    }

    /** Null when the workload's engine reported no placement of a known kind. */
    static Scheduling of(WorkloadResult w) {
        if (w == null || w.engineMetrics() == null || w.engineMetrics().summary() == null) {
            return null;
        }
        JsonNode placement = w.engineMetrics().summary().get(KEY);
        if (placement == null || !placement.isObject()) {
            return null;
        }
        return switch (placement.path("kind").asText("")) {
            case "per-batch" -> perBatch(placement);
            case "deploy-once" ->
                new DeployOnce(
                        number(placement.path("moves")),
                        number(placement.path("subtasks")),
                        number(placement.path("deployments")),
                        number(placement.path("taskManagers")));
            default -> null;
        };
    }

    private static PerBatch perBatch(JsonNode placement) {
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
        return new PerBatch(
                number(placement.path("moves")),
                number(placement.path("batches")),
                partitions.isObject() ? (double) partitions.size() : null,
                moved,
                number(placement.path("executors")),
                number(placement.path("tasksLaunchedPerSecond")),
                number(delay.path("p50")),
                number(delay.path("max")));
    }

    private static Double number(JsonNode node) {
        return node.isNumber() && Double.isFinite(node.asDouble()) ? node.asDouble() : null;
    }
}
