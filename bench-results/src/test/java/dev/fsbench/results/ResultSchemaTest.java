package dev.fsbench.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.api.WorkloadSpec;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * result.schema.json and the records cannot drift: every record component is a property of the schema at the
 * same place, every schema property is a component, enums list the same values and scalar types agree.
 */
class ResultSchemaTest {

    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = ResultJson.schema()) {
            assertThat(in).as("result.schema.json on the classpath").isNotNull();
            schema = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void schemaAndRecordsDescribeTheSameTree() {
        List<String> problems = new ArrayList<>();
        compare(RunResult.class, schema, "result", problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void theWalkNoticesADifference() {
        // a record with one component too many and one too few against the environment's schema
        record Wrong(String gitCommit, String notInSchema) {}
        List<String> problems = new ArrayList<>();
        compare(Wrong.class, schema.path("properties").path("environment"), "environment", problems);
        assertThat(problems).anyMatch(p -> p.contains("notInSchema")).anyMatch(p -> p.contains("fingerprint"));
    }

    @Test
    void theConfigEchoesEveryFieldOfTheWorkloadSpec() {
        assertThat(names(WorkloadConfig.class)).isEqualTo(names(WorkloadSpec.class));
    }

    /** The constant as result.json writes it: its @JsonProperty name if it has one. */
    private static String jsonName(Enum<?> constant) {
        try {
            JsonProperty named =
                    constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return named != null ? named.value() : constant.name();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void compare(Type type, JsonNode node, String path, List<String> problems) {
        JsonNode s = resolve(node);
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            compareRecord(raw, s, path, problems);
        } else if (List.class.isAssignableFrom(raw)) {
            if (!s.has("items")) {
                problems.add(path + ": a list in the records, no 'items' in the schema");
                return;
            }
            compare(typeArgument(type, 0), s.get("items"), path + "[]", problems);
        } else if (java.util.Map.class.isAssignableFrom(raw)) {
            Type values = typeArgument(type, 1);
            if (rawClass(values) == JsonNode.class) {
                return; // engine-defined values: any JSON
            }
            if (!s.has("additionalProperties")) {
                problems.add(path + ": a map in the records, no 'additionalProperties' in the schema");
                return;
            }
            compare(values, s.get("additionalProperties"), path + "{}", problems);
        } else if (raw.isEnum()) {
            Set<String> constants = Arrays.stream(raw.getEnumConstants())
                    .map(c -> jsonName((Enum<?>) c))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> listed = new TreeSet<>();
            s.path("enum").forEach(v -> listed.add(v.asText()));
            if (!constants.equals(listed)) {
                problems.add(path + ": enum " + constants + " in the records, " + listed + " in the schema");
            }
        } else {
            compareScalar(raw, s, path, problems);
        }
    }

    private static void compareRecord(Class<?> record, JsonNode s, String path, List<String> problems) {
        RecordComponent[] components = record.getRecordComponents();
        JsonFormat format = record.getAnnotation(JsonFormat.class);
        if (format != null && format.shape() == JsonFormat.Shape.ARRAY) {
            if (s.path("prefixItems").size() != components.length) {
                problems.add(path + ": " + components.length + " array items in the records, "
                        + s.path("prefixItems").size() + " prefixItems in the schema");
            }
            return;
        }
        JsonNode properties = s.path("properties");
        Set<String> inSchema = new TreeSet<>();
        properties.fieldNames().forEachRemaining(inSchema::add);
        for (RecordComponent c : components) {
            if (!inSchema.remove(c.getName())) {
                problems.add(path + "." + c.getName() + ": in " + record.getSimpleName() + ", not in the schema");
                continue;
            }
            compare(c.getGenericType(), properties.get(c.getName()), path + "." + c.getName(), problems);
        }
        inSchema.forEach(name -> problems.add(path + "." + name + ": in the schema, not in " + record.getSimpleName()));
        s.path("required").forEach(name -> {
            if (!properties.has(name.asText())) {
                problems.add(path + ": required '" + name.asText() + "' is no property");
            }
        });
    }

    private static void compareScalar(Class<?> raw, JsonNode s, String path, List<String> problems) {
        if (s.has("const")) {
            return;
        }
        String expected;
        if (raw == String.class) {
            expected = "string";
        } else if (raw == boolean.class || raw == Boolean.class) {
            expected = "boolean";
        } else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            expected = "integer";
        } else if (raw == double.class || raw == Double.class || raw == Number.class) {
            expected = "number";
        } else {
            problems.add(path + ": no rule for " + raw.getName());
            return;
        }
        Set<String> types = new TreeSet<>();
        JsonNode type = s.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        boolean nullable = !raw.isPrimitive() && raw != String.class;
        if (!types.contains(expected)) {
            problems.add(path + ": " + raw.getSimpleName() + " in the records, type " + types + " in the schema");
        } else if (raw.isPrimitive() && types.contains("null")) {
            problems.add(path + ": never null in the records, nullable in the schema");
        } else if (nullable && !types.contains("null") && !path.endsWith("]")) {
            // boxed components are the ones that can be null: the schema must allow it
            problems.add(path + ": " + raw.getSimpleName() + " may be null in the records, not in the schema");
        }
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = schema.at(ref.substring(1));
        }
        return current;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return (Class<?>) ((ParameterizedType) type).getRawType();
    }

    private static Type typeArgument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}
