package dev.fsbench.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Placement from REST vertex details in Flink 2.2's shape ({@code GET /jobs/:jobid/vertices/:vertexid}), as a
 * standalone cluster with two TaskManagers answers them before and after one TaskManager is killed.
 */
class SubtaskPlacementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WINDOW = "90bea66de1c231edf33913ecd54406c1";

    @Test
    void anUndisturbedJobStaysWhereItWasDeployed() throws Exception {
        SubtaskPlacement placement = new SubtaskPlacement();
        for (int poll = 0; poll < 30; poll++) {
            placement.record(vertex(
                    WINDOW,
                    subtask(0, "RUNNING", 0, "127.0.0.1:40123-a1b2c3"),
                    subtask(1, "RUNNING", 0, "127.0.0.1:40457-d4e5f6")));
        }

        assertThat(placement.describe())
                .containsEntry("kind", "deploy-once")
                .containsEntry("subtasks", 2)
                .containsEntry("moves", 0L)
                .containsEntry("deployments", 1)
                .containsEntry("taskManagers", 2);
    }

    @Test
    void aRedeploymentAfterALostTaskManagerMovesItsSubtasks() throws Exception {
        SubtaskPlacement placement = new SubtaskPlacement();
        placement.record(vertex(
                WINDOW,
                subtask(0, "RUNNING", 0, "127.0.0.1:40123-a1b2c3"),
                subtask(1, "RUNNING", 0, "127.0.0.1:40457-d4e5f6")));
        // the TaskManager of subtask 1 was killed: the job restarts, its new attempts wait for slots
        placement.record(vertex(
                WINDOW,
                subtask(0, "CANCELING", 0, "127.0.0.1:40123-a1b2c3"),
                subtask(1, "FAILED", 0, "127.0.0.1:40457-d4e5f6")));
        placement.record(
                vertex(WINDOW, subtask(0, "SCHEDULED", 1, "(unassigned)"), subtask(1, "SCHEDULED", 1, "(unassigned)")));
        // redeployed: subtask 0 stays, subtask 1 on the replacement TaskManager
        placement.record(vertex(
                WINDOW,
                subtask(0, "RUNNING", 1, "127.0.0.1:40123-a1b2c3"),
                subtask(1, "RUNNING", 1, "127.0.0.1:41999-0718ab")));

        assertThat(placement.describe())
                .containsEntry("subtasks", 2)
                .containsEntry("moves", 1L)
                .containsEntry("deployments", 2)
                .containsEntry("taskManagers", 3);
    }

    @Test
    void nothingIsDescribedBeforeASubtaskRuns() throws Exception {
        SubtaskPlacement placement = new SubtaskPlacement();
        placement.record(vertex(WINDOW, subtask(0, "DEPLOYING", 0, "127.0.0.1:40123-a1b2c3")));
        assertThat(placement.describe()).isEmpty();
    }

    private static JsonNode vertex(String id, String... subtasks) throws Exception {
        return JSON.readTree("{\"id\":\"" + id + "\",\"name\":\"window-count\",\"parallelism\":" + subtasks.length
                + ",\"maxParallelism\":128,\"now\":1764590000000,\"subtasks\":[" + String.join(",", subtasks) + "]}");
    }

    private static String subtask(int index, String status, int attempt, String taskManager) {
        String endpoint =
                taskManager.startsWith("(") ? taskManager : taskManager.substring(0, taskManager.indexOf('-'));
        return "{\"subtask\":" + index + ",\"status\":\"" + status + "\",\"attempt\":" + attempt + ",\"endpoint\":\""
                + endpoint + "\",\"start-time\":1764589990000,\"end-time\":-1,\"duration\":10000,\"metrics\":{},"
                + "\"taskmanager-id\":\"" + taskManager + "\",\"status-duration\":{},\"other-concurrent-attempts\":[]}";
    }
}
