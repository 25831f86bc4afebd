package dev.fsbench.reports.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fsbench.reports.Fixtures;
import dev.fsbench.reports.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workload with injected faults (recovery[], as the harness writes it) gets a faults table on the run page and a
 * mark on its latency timeline; whatever the result's text holds is escaped.
 */
class RunPageFaultsTest {

    @TempDir
    Path reports;

    @Test
    void eachFaultIsARowAndAMarkWithItsTextEscaped() throws Exception {
        String runId = Fixtures.ENV_A_RUNS.get(0);
        Path result = Fixtures.install(reports, runId);
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(result.toFile());
        ObjectNode first = (ObjectNode) tree.withArray("workloads").get(0);
        ArrayNode recovery = first.putArray("recovery");
        recovery.addObject()
                .put("fault", "kill-engine")
                .put("atMs", 8011)
                .put("recoveryMs", 17250)
                .put("backlogPeakEvents", 13984)
                .put("latencyPeakMs", 14855)
                .put("windowsMissing", 0)
                .put("windowsDuplicated", 0)
                .put("detail", "SIGKILLed the engine JVM (pid 15033) <script>alert('x')</script>");
        recovery.addObject()
                .put("fault", "add-partitions")
                .put("atMs", 20000)
                .putNull("recoveryMs")
                .put("backlogPeakEvents", 10)
                .putNull("latencyPeakMs")
                .put("windowsMissing", 3)
                .put("windowsDuplicated", 0)
                .put("detail", "input topic 2 -> 4 partitions");
        Json.MAPPER.writeValue(result.toFile(), tree);

        ReportSite.Summary summary = ReportSite.render(reports);

        assertThat(summary.problems()).isEmpty();
        String page = Files.readString(reports.resolve("runs/" + runId + "/index.html"), StandardCharsets.UTF_8);
        assertThat(page)
                .contains("<td>kill-engine</td>")
                .contains("<span class=\"failed\">none</span>")
                .contains("input topic 2 -&gt; 4 partitions")
                .contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert(")
                // the marks on the latency timeline, in the chart's data
                .contains("kill-engine at 8.011 s")
                .contains("add-partitions at 20.0 s");
    }
}
