package dev.fsbench.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The experiments[] contract: written as the shape, valid against the schema, read back equal. */
class ExperimentResultJsonTest {

    @Test
    void anExperimentSectionIsValidAgainstTheSchemaAndReadsBackEqual() throws Exception {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("latencyP99Ms", 251.0);
        ExperimentResult experiment = new ExperimentResult(
                "flink-object-reuse",
                "Object reuse makes Flink cheaper per event.",
                "seed notes",
                List.of("flink"),
                "experiments/flink-object-reuse.yaml",
                true,
                List.of(
                        "flink-flink-object-reuse.copy.settle",
                        "flink-flink-object-reuse.copy.at20000",
                        "flink-flink-object-reuse.reuse.at20000"),
                List.of(
                        new ExperimentVariant(
                                "copy",
                                Map.of("flink.objectReuse", "false"),
                                List.of(new ExperimentRun(
                                        "flink",
                                        1,
                                        1,
                                        "flink-flink-object-reuse.copy.at20000",
                                        RunStatus.OK,
                                        figures,
                                        20_000.0))),
                        new ExperimentVariant("reuse", Map.of("flink.objectReuse", "true"), List.of())),
                List.of(
                        new ExperimentComparison(
                                "Object reuse cuts latency.",
                                "flink",
                                "latencyP99Ms",
                                "reuse",
                                "copy",
                                1.3,
                                1.21,
                                new ExperimentComparison.RatioInterval(1.1, 1.33),
                                ClaimVerdict.CONFIRMED,
                                "welch-log-95",
                                null,
                                20_000.0),
                        new ExperimentComparison(
                                "Object reuse cuts GC.",
                                "flink",
                                "gcTimeShare",
                                "reuse",
                                "copy",
                                null,
                                null,
                                null,
                                ClaimVerdict.INCONCLUSIVE,
                                "welch-log-95",
                                "not judged: too few figures")),
                ClaimVerdict.CONFIRMED,
                "flink-flink-object-reuse.copy.settle");
        RunResult result = ResultJsonTest.run(List.of(ResultJsonTest.workload()))
                .withExperiments(List.of(experiment), RunStatus.OK, List.of(), "2026-11-30T10:02:00Z");

        JsonNode tree = new ObjectMapper().readTree(ResultJson.write(result));

        try (InputStream schema = ResultJson.schema()) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                            .getSchema(new ObjectMapper().readTree(schema))
                            .validate(tree))
                    .isEmpty();
        }
        assertThat(ResultJson.read(tree)).isEqualTo(result);
        JsonNode written = tree.at("/experiments/0");
        assertThat(written.fieldNames())
                .toIterable()
                .contains("name", "claim", "source", "engines", "variants", "comparisons", "verdict");
        assertThat(written.at("/variants/0/runs/0/figures/latencyP99Ms").asDouble())
                .isEqualTo(251.0);
        assertThat(written.at("/variants/0/runs/0/rate").asDouble()).isEqualTo(20_000.0);
        assertThat(written.at("/comparisons/0/atRate").asDouble()).isEqualTo(20_000.0);
        assertThat(written.at("/comparisons/1/atRate").isMissingNode()
                        || written.at("/comparisons/1/atRate").isNull())
                .as("one rate: no atRate")
                .isTrue();
        assertThat(written.at("/comparisons/0/interval/low").asDouble()).isEqualTo(1.1);
        assertThat(written.at("/comparisons/0/verdict").asText()).isEqualTo("confirmed");
        assertThat(written.at("/verdict").asText()).isEqualTo("confirmed");
    }

    @Test
    void aResultWithoutExperimentsReadsAsAnEmptySection() throws Exception {
        RunResult result = ResultJsonTest.run(List.of());
        assertThat(ResultJson.read(new ObjectMapper().readTree(ResultJson.write(result)))
                        .experiments())
                .isEmpty();
    }
}
