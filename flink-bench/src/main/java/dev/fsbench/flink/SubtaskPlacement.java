package dev.fsbench.flink;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.api.EngineSummaryKeys;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which TaskManager runs each subtask, poll after poll, from the REST vertex details ({@code GET
 * /jobs/:jobid/vertices/:vertexid}: {@code subtasks[]} with {@code subtask}, {@code status}, {@code attempt} and
 * {@code taskmanager-id}). Flink deploys its topology once: a subtask stays on its slot until a failure makes the
 * scheduler deploy a new attempt, possibly elsewhere.
 *
 * <p>Summary, under {@link EngineSummaryKeys#PLACEMENT}: {@code {kind: "deploy-once", subtasks, moves, deployments,
 * taskManagers}}: {@code moves} counts the times a running subtask was seen on another TaskManager than at the poll
 * before (0 until a failure), {@code deployments} the distinct attempt numbers seen running (1 until a failure; a
 * redeployment that lived shorter than a poll period goes unseen).
 */
final class SubtaskPlacement {

    static final String KIND = "deploy-once";

    private final Map<String, String> taskManagerBySubtask = new HashMap<>();
    private final Set<Integer> attempts = new HashSet<>();
    private final Set<String> taskManagers = new HashSet<>();
    private long moves;

    /** One vertex's details as REST returns them; subtasks not running (being deployed, failed) are skipped. */
    synchronized void record(JsonNode vertexDetails) {
        String vertex = vertexDetails.path("id").asText();
        for (JsonNode subtask : vertexDetails.path("subtasks")) {
            String taskManager = subtask.path("taskmanager-id").asText("");
            if (!"RUNNING".equals(subtask.path("status").asText()) || taskManager.isEmpty()) {
                continue;
            }
            String before = taskManagerBySubtask.put(
                    vertex + "/" + subtask.path("subtask").asInt(), taskManager);
            if (before != null && !before.equals(taskManager)) {
                moves++;
            }
            attempts.add(subtask.path("attempt").asInt());
            taskManagers.add(taskManager);
        }
    }

    /** Empty before a running subtask was seen. */
    synchronized Map<String, Object> describe() {
        if (taskManagerBySubtask.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("kind", KIND);
        described.put("subtasks", taskManagerBySubtask.size());
        described.put("moves", moves);
        described.put("deployments", attempts.size());
        described.put("taskManagers", taskManagers.size());
        return described;
    }
}
