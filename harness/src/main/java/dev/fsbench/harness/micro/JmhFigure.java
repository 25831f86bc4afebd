package dev.fsbench.harness.micro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark (with its parameters) from a JMH JSON result file ({@code -rf json}). JMH writes an unknown
 * error as the string "NaN" (two samples or fewer); that becomes {@code null} here.
 */
public record JmhFigure(
        String benchmark,
        String mode,
        Map<String, String> params,
        double score,
        Double scoreError,
        String unit,
        Double allocBytesPerOp,
        Double allocBytesPerOpError,
        Double gcTimeMs) {

    static final String ALLOC_NORM = "gc.alloc.rate.norm";
    static final String GC_TIME = "gc.time";

    public static List<JmhFigure> read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read JMH result " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException(
                    "JMH result " + file + " is not a JSON array of benchmarks (was it written with -rf json?)");
        }
        List<JmhFigure> figures = new ArrayList<>();
        for (JsonNode node : root) {
            figures.add(of(node));
        }
        return figures;
    }

    static JmhFigure of(JsonNode node) {
        Map<String, String> params = new LinkedHashMap<>();
        node.path("params")
                .fields()
                .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        JsonNode primary = node.path("primaryMetric");
        JsonNode secondary = node.path("secondaryMetrics");
        return new JmhFigure(
                node.path("benchmark").asText(),
                node.path("mode").asText(),
                params,
                primary.path("score").asDouble(Double.NaN),
                number(primary.path("scoreError")),
                primary.path("scoreUnit").asText(),
                number(secondary.path(ALLOC_NORM).path("score")),
                number(secondary.path(ALLOC_NORM).path("scoreError")),
                number(secondary.path(GC_TIME).path("score")));
    }

    /** JSON numbers as doubles; "NaN", missing or non-finite values as null. */
    private static Double number(JsonNode node) {
        if (node.isNumber()) {
            double value = node.asDouble();
            return Double.isFinite(value) ? value : null;
        }
        return null;
    }

    /** {@code Class.method} without the package: how results are looked up and shown. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int type = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    public String className() {
        String shortName = shortName();
        return shortName.substring(0, shortName.indexOf('.'));
    }

    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }
}
