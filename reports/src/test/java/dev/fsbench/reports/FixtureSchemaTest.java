package dev.fsbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The fixtures the reports are tested with must be results the harness could write: its schema says so. */
class FixtureSchemaTest {
    private static final String SCHEMA = "harness/src/main/resources/dev/fsbench/harness/result/result.schema.json";

    /** bench.home is the reactor root, or this module when Maven runs inside it: look upwards. */
    private static Path findUpwards(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SCHEMA))) {
                return dir.resolve(SCHEMA);
            }
        }
        return start.resolve(SCHEMA);
    }

    @Test
    void everyFixtureIsAValidResult() throws Exception {
        Path schemaFile =
                findUpwards(Path.of(System.getProperty("bench.home", ".")).toAbsolutePath());
        if (!Files.isRegularFile(schemaFile)) {
            System.out.println("SKIPPED FixtureSchemaTest: result schema not found at " + schemaFile);
        }
        Assumptions.assumeTrue(Files.isRegularFile(schemaFile), "result schema not found at " + schemaFile);
        JsonSchema schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Json.read(schemaFile));
        for (String id : Fixtures.all()) {
            try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + id + ".json")) {
                Set<ValidationMessage> errors = schema.validate(Json.MAPPER.readTree(in));
                assertThat(errors).as(id).isEmpty();
            }
        }
    }
}
