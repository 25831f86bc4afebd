package dev.fsbench.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** The one Jackson mapper of the module, and lenient readers for result trees whose sections may be absent. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Json() {}

    public static JsonNode read(Path file) throws IOException {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * JSON that is safe inside {@code <script type="application/json">}: '<', '>' and '&' only occur inside JSON
     * strings, so escaping them as unicode escapes keeps the value identical while "</script>" and "<!--" can no
     * longer end or confuse the block. U+2028/2029 are escaped for old JS parsers.
     */
    public static String forScriptBlock(Object value) {
        String json;
        try {
            json = MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A number at a dotted path ("latencyMs.p99"), empty when absent, null or not a finite number. */
    public static OptionalDouble number(JsonNode node, String dottedPath) {
        JsonNode n = at(node, dottedPath);
        if (n.isNumber()) {
            double v = n.asDouble();
            return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
        }
        if (n.isTextual()) { // Jackson writes NaN/Infinity as strings when asked; JMH errors can be NaN
            try {
                double v = Double.parseDouble(n.asText());
                return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    public static String text(JsonNode node, String dottedPath) {
        JsonNode n = at(node, dottedPath);
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    /** Never null: a MissingNode when any step is absent. */
    public static JsonNode at(JsonNode node, String dottedPath) {
        JsonNode current = node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
        for (String step : dottedPath.split("\\.")) {
            current = current.path(step);
        }
        return current;
    }
}
