package dev.fsbench.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.api.EngineVersionInfo;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The version a workload's result carries is the one its engine put in its ready info, or none. */
class EngineVersionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void takenFromTheReadyInfoAsTheEngineWroteIt() {
        Map<String, JsonNode> info = Map.of(
                "webUi",
                JSON.valueToTree("http://127.0.0.1:8081"),
                EngineVersionInfo.KEY,
                JSON.valueToTree(EngineVersionInfo.of("Kafka Streams", "4.2.0")));

        WorkloadResult result = WorkloadResult.builder("kafka-streams", "s")
                .status(RunStatus.OK, null)
                .engine(info, null)
                .build();

        assertThat(result.engineVersion()).isEqualTo(new EngineVersion("Kafka Streams", "4.2.0"));
        assertThat(result.engineVersion().label()).isEqualTo("Kafka Streams 4.2.0");
    }

    @Test
    void noneWithoutAWholeEntry() {
        assertThat(EngineVersion.reportedIn(Map.of())).isNull();
        assertThat(EngineVersion.reportedIn(null)).isNull();
        assertThat(EngineVersion.reportedIn(
                        Map.of(EngineVersionInfo.KEY, JSON.valueToTree(Map.of(EngineVersionInfo.PRODUCT, "Flink")))))
                .isNull();
        assertThat(EngineVersion.reportedIn(Map.of(EngineVersionInfo.KEY, JSON.valueToTree("2.2.1"))))
                .isNull();
    }

    @Test
    void writtenAsProductAndVersionOnly() {
        WorkloadResult result = WorkloadResult.builder("flink", "s")
                .status(RunStatus.OK, null)
                .engine(Map.of(EngineVersionInfo.KEY, JSON.valueToTree(EngineVersionInfo.of("Flink", "2.2.1"))), null)
                .build();

        JsonNode written = ResultJson.tree(result).path("engineVersion");

        assertThat(written.path("product").asText()).isEqualTo("Flink");
        assertThat(written.path("version").asText()).isEqualTo("2.2.1");
        assertThat(written.has("label")).isFalse();
    }
}
