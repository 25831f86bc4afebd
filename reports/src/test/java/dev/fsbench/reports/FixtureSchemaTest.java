package dev.fsbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import java.io.InputStream;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fixtures the reports are tested with must be results the harness could write: the result schema says so,
 * and they must read back as the same records.
 */
class FixtureSchemaTest {

    private static JsonSchema schema() throws Exception {
        try (InputStream in = ResultJson.schema()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Json.MAPPER.readTree(in));
        }
    }

    @Test
    void everyCommittedFixtureIsAValidResult() throws Exception {
        JsonSchema schema = schema();
        for (String id : Fixtures.all()) {
            try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + id + ".json")) {
                Set<ValidationMessage> errors = schema.validate(Json.MAPPER.readTree(in));
                assertThat(errors).as(id).isEmpty();
            }
        }
    }

    /** Schema version 1 stays valid: the schema still describes what older harnesses wrote. */
    @Test
    void theSchemaOneFixtureIsAValidResultOfItsVersion() throws Exception {
        try (InputStream in = Fixtures.class.getResourceAsStream(Fixtures.schema1Resource())) {
            var tree = Json.MAPPER.readTree(in);
            assertThat(tree.path("schemaVersion").asInt()).isEqualTo(1);
            assertThat(tree.path("workloads").path(0).path("throughput").has("outputEventsPerSec"))
                    .isTrue();
            assertThat(schema().validate(tree)).isEmpty();
        }
    }

    @Test
    void theCommittedFixturesAreWhatResultFixturesBuilds() throws Exception {
        RunResult built = ResultFixtures.run(
                "2026-11-21T0800-a1",
                Instant.parse("2026-11-21T08:00:00Z"),
                ResultFixtures.ENV_A,
                new ResultFixtures.Shape(1.01, 2, true, true, 101));
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/2026-11-21T0800-a1.json")) {
            assertThat(ResultJson.read(Json.MAPPER.readTree(in))).isEqualTo(built);
        }
    }
}
