package dev.fsbench.reports.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fsbench.reports.Fixtures;
import dev.fsbench.reports.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libraries a run compared, with the versions their engine JVMs reported (engineVersion, as the harness writes it
 * from each engine's ready info), head the run page and the run's row of the index, escaped; the baseline, which runs
 * no library, and results from before engines reported a version show none.
 */
class RunPageEngineVersionsTest {

    private static final Map<String, String[]> REPORTED = Map.of(
            "flink", new String[] {"Flink", "2.2.1"},
            "spark-structured", new String[] {"Spark", "3.5.3"},
            "kafka-streams", new String[] {"Kafka Streams", "4.2.0"});

    @TempDir
    Path reports;

    @Test
    void theHeadlineNamesEveryLibraryWithItsVersionAtAGlance() throws Exception {
        String runId = Fixtures.ENV_A_RUNS.get(3);
        withReportedVersions(runId, "Kafka Streams");

        ReportSite.Summary summary = ReportSite.render(reports);

        assertThat(summary.problems()).isEmpty();
        String line = "<p class=\"engines\">Flink 2.2.1 vs Spark 3.5.3 vs Kafka Streams 4.2.0</p>";
        assertThat(runPage(runId))
                .contains(line)
                // each headline row names its engine's version under the engine, the capacity-only one too
                .contains("<td>flink<br><span class=\"muted\">Flink 2.2.1</span></td>")
                .contains("<td>kafka-streams<br><span class=\"muted\">Kafka Streams 4.2.0</span></td>")
                .contains("<td>baseline</td>");
        assertThat(Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8))
                .contains("<td>Flink 2.2.1 vs Spark 3.5.3 vs Kafka Streams 4.2.0</td>");
        // an older run of the same history, whose engines reported no version, shows no line
        assertThat(runPage(Fixtures.ENV_A_RUNS.get(2))).doesNotContain("class=\"engines\"");
    }

    @Test
    void aReportedVersionIsEscaped() throws Exception {
        String runId = Fixtures.ENV_A_RUNS.get(3);
        withReportedVersions(runId, "<script>alert('v')</script>");

        ReportSite.render(reports);

        assertThat(runPage(runId)).contains("vs &lt;script&gt;alert(").doesNotContain("<script>alert(");
    }

    /**
     * The fixture run as the harness now writes it: its Flink and Spark workloads with the versions their engines
     * reported, and a capacity search of kafka-streams (a copy of Spark's, as a capacity-only engine of the suite)
     * reporting {@code kafkaStreamsProduct} 4.2.0.
     */
    private void withReportedVersions(String runId, String kafkaStreamsProduct) throws Exception {
        Fixtures.install(reports, Fixtures.ENV_A_RUNS.get(2));
        Path result = Fixtures.install(reports, runId);
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(result.toFile());
        for (JsonNode node : tree.withArray("workloads")) {
            String[] reported = REPORTED.get(node.path("engine").asText());
            if (reported != null) {
                ObjectNode workload = (ObjectNode) node;
                ObjectNode version = ((ObjectNode) workload.path("engineInfo")).putObject("engineVersion");
                version.put("product", reported[0]).put("version", reported[1]);
                workload.set("engineVersion", version.deepCopy());
            }
        }
        ObjectNode spark = null;
        for (JsonNode node : tree.withArray("capacity")) {
            if (node.path("engine").asText().equals("spark-structured")) {
                spark = (ObjectNode) node;
            }
        }
        ObjectNode kafkaStreams = spark.deepCopy().put("engine", "kafka-streams");
        kafkaStreams
                .putObject("engineVersion")
                .put("product", kafkaStreamsProduct)
                .put("version", "4.2.0");
        tree.withArray("capacity").add(kafkaStreams);
        Json.MAPPER.writeValue(result.toFile(), tree);
    }

    private String runPage(String runId) throws Exception {
        return Files.readString(reports.resolve("runs/" + runId + "/index.html"), StandardCharsets.UTF_8);
    }
}
