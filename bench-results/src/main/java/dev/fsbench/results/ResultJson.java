package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * How result.json is written and read. Reading is lenient, so a result of an older (or newer) schema version
 * still opens: unknown properties and enum values are ignored, absent sections are null or empty.
 */
public final class ResultJson {

    public static final String RESULT_FILE = "result.json";

    /** The published schema of {@link RunResult}, on the classpath beside this class. */
    public static final String SCHEMA_RESOURCE = "result.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);

    private ResultJson() {}

    public static byte[] write(RunResult result) throws JsonProcessingException {
        return MAPPER.writeValueAsBytes(result);
    }

    public static RunResult read(Path file) throws IOException {
        try {
            return MAPPER.readValue(file.toFile(), RunResult.class);
        } catch (StreamReadException e) {
            throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not a readable result: " + e.getOriginalMessage(), e);
        }
    }

    public static RunResult read(JsonNode tree) throws JsonProcessingException {
        return MAPPER.treeToValue(tree, RunResult.class);
    }

    /** Any value of the schema (a section, a whole result) as a JSON tree, written as result.json writes it. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static InputStream schema() {
        return ResultJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    }
}
