package dev.fsbench.harness.micro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.results.Claim;
import dev.fsbench.results.ClaimVerdict;
import dev.fsbench.results.Environment;
import dev.fsbench.results.MicrobenchResult;
import dev.fsbench.results.MicrobenchSection;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On real JMH output: a 1-fork, 3-iteration run on a loaded 2-core machine (errors of several hundred percent,
 * as FACTS warns), plus the real size tables of both jars.
 */
class MicrobenchSummariserTest {

    private static MicrobenchSection section;

    @BeforeAll
    static void summariseFixture() throws Exception {
        List<JmhFigure> figures = new ArrayList<>(JmhFigure.read(fixture("jmh-flink.json")));
        figures.addAll(JmhFigure.read(fixture("jmh-spark.json")));
        SizeTable sizes = SizeTable.read(fixture("sizes-flink.json")).plus(SizeTable.read(fixture("sizes-spark.json")));
        section = MicrobenchSummariser.summarise(
                "quick",
                12.5,
                List.of("jmh-flink.json", "jmh-spark.json"),
                List.of("sizes-flink.json", "sizes-spark.json"),
                figures,
                sizes);
    }

    @Test
    void everyJmhEntryBecomesOneClassifiedResult() {
        assertThat(section.results()).hasSize(11);
        MicrobenchResult pojo = result("FlinkSerialization.roundtrip", "flink-pojo");
        assertThat(pojo.group()).isEqualTo("serialization");
        assertThat(pojo.record()).isEqualTo("word-event");
        assertThat(pojo.operation()).isEqualTo("roundtrip");
        assertThat(pojo.unit()).isEqualTo("ns/op");
        assertThat(pojo.serializedBytes()).isEqualTo(25);
        assertThat(pojo.allocBytesPerOp()).isPositive();
        assertThat(result("SparkSerialization.roundtrip", "spark-java").serializedBytes())
                .isEqualTo(128);

        MicrobenchResult reuse = result("ObjectReuse.emitNew", null);
        assertThat(reuse.group()).isEqualTo("reuse");
        assertThat(reuse.params()).isEmpty();
        assertThat(reuse.serializedBytes()).isNull();
        assertThat(reuse.allocBytesPerOp()).as("Tuple2 + boxed Long per record").isCloseTo(48.0, within(1.0));
    }

    @Test
    void sortsReportNanosecondsPerRecord() {
        MicrobenchResult sort = result("BinarySort.sortBinary", null);

        assertThat(sort.group()).isEqualTo("sort");
        assertThat(sort.unit()).isEqualTo("ms/op");
        assertThat(sort.nsPerRecord()).isCloseTo(sort.score() * 1e6 / 100_000, within(1e-9));
    }

    @Test
    void errorsOfSeveralHundredPercentAreFlaggedNoisy() {
        assertThat(section.results()).allSatisfy(r -> {
            assertThat(r.scoreError()).isGreaterThan(r.score());
            assertThat(r.noisy()).isTrue();
        });
    }

    @Test
    void timingClaimsOnNoisyFiguresAreInconclusiveWhileSizeClaimsStand() {
        assertThat(claims("roundtrip")).isNotEmpty().allSatisfy(c -> {
            assertThat(c.verdict()).isEqualTo(ClaimVerdict.INCONCLUSIVE);
            assertThat(c.noisy()).isTrue();
        });

        Claim javaVsKryoSize =
                claim("serializedBytes per record spark-java-stream / spark-kryo-registered-stream, word-event");
        assertThat(javaVsKryoSize.measuredRatio()).as("31 B against 24 B").isCloseTo(31.0 / 24, within(1e-9));
        assertThat(javaVsKryoSize.ratioLow())
                .isEqualTo(javaVsKryoSize.ratioHigh())
                .isEqualTo(31.0 / 24);
        assertThat(javaVsKryoSize.verdict())
                .as("a reused Java stream writes class descriptors once: far from 10x")
                .isEqualTo(ClaimVerdict.WEAKER_THAN_CLAIMED);
        assertThat(javaVsKryoSize.alsoMeasured().ratio())
                .as("a new Java stream per record, shown beside it")
                .isCloseTo(128.0 / 24, within(1e-9));

        Claim registration = claim("serializedBytes kryo-unregistered / kryo-registered, word-event");
        assertThat(registration.measuredRatio()).isCloseTo(62.0 / 20, within(1e-9));
        assertThat(registration.verdict()).isEqualTo(ClaimVerdict.CONFIRMED);
    }

    @Test
    void reuseAllocationClaimUsesTheProfilerFloor() {
        Claim reuse = claims("emitNew / emitReuseValue").get(0);

        assertThat(reuse.measuredRatio()).as("48 B against a floored 1 B").isCloseTo(48.0, within(0.1));
        assertThat(reuse.noisy()).isFalse();
        assertThat(reuse.verdict()).isEqualTo(ClaimVerdict.CONFIRMED);
    }

    @Test
    void resultDocumentIsValidAgainstTheSchemaAndHasNoNaN(@TempDir Path dir) throws Exception {
        RunResult result = new RunResult(
                RunResult.SCHEMA_VERSION,
                "micro-test",
                "2026-11-23T23:00:00Z",
                "2026-11-23T23:05:00Z",
                RunStatus.OK,
                List.of(),
                new Environment(
                        "abc", "main", false, 2, 24L << 30, "Linux", "OpenJDK 17", Map.of("flink", "2.2.1"), "f00"),
                null,
                List.of(),
                null,
                section,
                java.util.List.of());

        Path written = ResultWriter.write(result, dir);

        String json = Files.readString(written);
        assertThat(json).doesNotContain("NaN").doesNotContain("Infinity");
        JsonNode document = new ObjectMapper().readTree(json);
        Set<ValidationMessage> errors;
        try (InputStream schema = ResultJson.schema()) {
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema);
            errors = validator.validate(document);
        }
        assertThat(errors).isEmpty();
        JsonNode micro = document.path("microbenchmarks");
        assertThat(micro.path("profile").asText()).isEqualTo("quick");
        assertThat(micro.path("jmhResultFiles")).hasSize(2);
        assertThat(micro.path("results").get(0).has("noisy")).isTrue();
        assertThat(micro.path("claims").get(0).path("verdict").asText())
                .isIn(
                        "confirmed",
                        "stronger-than-claimed",
                        "weaker-than-claimed",
                        "no-effect",
                        "refuted",
                        "inconclusive");
    }

    private static MicrobenchResult result(String classAndMethod, String serializer) {
        return section.results().stream()
                .filter(r -> r.benchmark().endsWith("." + classAndMethod))
                .filter(r -> serializer == null || serializer.equals(r.serializer()))
                .findFirst()
                .orElseThrow();
    }

    private static List<Claim> claims(String metricPart) {
        return section.claims().stream()
                .filter(c -> c.metric().contains(metricPart))
                .toList();
    }

    private static Claim claim(String metric) {
        return section.claims().stream()
                .filter(c -> c.metric().equals(metric))
                .findFirst()
                .orElseThrow();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(MicrobenchSummariserTest.class.getResource(name).toURI());
    }
}
