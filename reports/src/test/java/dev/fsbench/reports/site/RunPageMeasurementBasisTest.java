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
 * A schema-3 workload on the run page: its latency says how many windows it rests on and a contended workload is
 * flagged. The result is a committed run with the schema-3 fields a harness would now add, edited in the test.
 */
class RunPageMeasurementBasisTest {

    @TempDir
    Path reports;

    @Test
    void theRunPageShowsTheWindowsBehindP99AndFlagsAContendedWorkload() throws Exception {
        String runId = Fixtures.ENV_A_RUNS.get(0);
        Path result = Fixtures.install(reports, runId);
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(result.toFile());
        ObjectNode first = (ObjectNode) tree.withArray("workloads").get(0);
        first.with("latencyMs").put("windows", 14);
        ObjectNode load = first.putObject("machineLoad");
        load.put("cores", 2).put("loadBefore", 2.75).put("loadDuringMean", 2.1).put("loadDuringMax", 3.2);
        load.put("contended", true);
        tree.put("schemaVersion", 3);
        Json.MAPPER.writeValue(result.toFile(), tree);

        ReportSite.Summary summary = ReportSite.render(reports);

        assertThat(summary.problems()).isEmpty();
        String page = Files.readString(reports.resolve("runs/" + runId + "/index.html"), StandardCharsets.UTF_8);
        assertThat(page)
                .contains("p99 over 14 windows (")
                .contains("Contended machine: the 1-minute load was 2.75 on 2 cores")
                .contains(">contended</span>");
        assertThat(page.split("Contended machine", -1))
                .as("only the contended workload is flagged")
                .hasSize(3);
    }
}
