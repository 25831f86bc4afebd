package dev.fsbench.reports.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fsbench.reports.Fixtures;
import dev.fsbench.reports.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workload whose engine summary carries {@code placement} (as spark-bench and flink-bench write it) gets a
 * Scheduling line on the run page: Spark's per-batch figures, Flink's deploy-once figures; a placement of an unknown
 * kind or with text where numbers belong shows nothing of that text.
 */
class RunPageSchedulingTest {

    @TempDir
    Path reports;

    @Test
    void perBatchAndDeployOncePlacementsAreShownAndTextFromTheResultNeverIs() throws Exception {
        String runId = Fixtures.ENV_A_RUNS.get(0);
        Path result = Fixtures.install(reports, runId);
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(result.toFile());
        var workloads = tree.withArray("workloads");
        assertThat(workloads.size()).isGreaterThanOrEqualTo(3);
        ObjectNode spark = placement(workloads.get(0));
        spark.put("kind", "per-batch").put("batches", 41).put("moves", 7).put("executors", 2);
        spark.putObject("partitions").put("0", 2).put("1", 1);
        spark.put("tasksLaunched", 370).put("tasksLaunchedPerSecond", 9.25);
        spark.putObject("schedulerDelayMs").put("p50", 3).put("max", 118);
        placement(workloads.get(1))
                .put("kind", "deploy-once")
                .put("subtasks", 6)
                .put("moves", 0)
                .put("deployments", 1)
                .put("taskManagers", 2);
        ObjectNode hostile = placement(workloads.get(2));
        hostile.put("kind", "per-batch").put("batches", "<script>alert('batches')</script>");
        hostile.putObject("partitions").put("<img src=x onerror=alert(1)>", 2);
        Json.MAPPER.writeValue(result.toFile(), tree);

        ReportSite.Summary summary = ReportSite.render(reports);

        assertThat(summary.problems()).isEmpty();
        String page = Files.readString(reports.resolve("runs/" + runId + "/index.html"), StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Scheduling: per batch: 9.25 tasks launched/s, scheduler delay p50 3 ms / max 118 ms; 1 of 2"
                        + " source partitions ran on more than one executor (7 moves in 41 batches, 2 executors)")
                .contains("Scheduling: deployed once: 6 subtasks on 2 TaskManagers, 0 moves, 1 deployments")
                // the hostile placement: its numbers are absent ("–"), its text is nowhere on the page
                .contains("1 of 1 source partitions ran on more than one executor (– moves in – batches")
                .doesNotContain("alert('batches')")
                .doesNotContain("<img src=x");
    }

    private static ObjectNode placement(com.fasterxml.jackson.databind.JsonNode workload) {
        ObjectNode metrics = child((ObjectNode) workload, "engineMetrics");
        return child(metrics, "summary").putObject("placement");
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode existing ? existing : parent.putObject(name);
    }
}
