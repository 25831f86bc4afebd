package dev.fsbench.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.reports.gate.Format;
import dev.fsbench.results.ClockOffset;
import dev.fsbench.results.Environment;
import dev.fsbench.results.KafkaInfo;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Two-column (name, value) tables: the environment, and sections shown as they are (config, engine info). */
final class TableRows {
    private static final String NONE = "–";

    private TableRows() {}

    static List<List<String>> environment(RunResult result) {
        List<List<String>> rows = new ArrayList<>();
        Environment env = result.environment();
        if (env != null) {
            rows.add(row("gitCommit", env.gitCommit()));
            rows.add(row("gitBranch", env.gitBranch()));
            rows.add(row("gitDirty", env.gitDirty()));
            rows.add(row("cores", env.cores()));
            rows.add(List.of("memoryBytes", Format.bytes(env.memoryBytes())));
            rows.add(row("os", env.os()));
            rows.add(row("jvm", env.jvm()));
            env.engineVersions().forEach((engine, version) -> rows.add(row("engineVersions." + engine, version)));
            rows.add(row("fingerprint", env.fingerprint()));
        }
        KafkaInfo kafka = result.kafka();
        if (kafka != null) {
            rows.add(row("kafka.backend", kafka.backend()));
            rows.add(row("kafka.version", kafka.version()));
            rows.add(row("kafka.startupMs", kafka.startupMs() == null ? null : Format.number(kafka.startupMs())));
            rows.add(row("kafka.bootstrapServers", kafka.bootstrapServers()));
            if (kafka.clockOffset() != null) {
                ClockOffset offset = kafka.clockOffset();
                rows.add(List.of(
                        "kafka.clockOffsetMs",
                        String.format(
                                Locale.ROOT,
                                "%+.1f ± %.1f ms%s",
                                offset.offsetMs(),
                                offset.uncertaintyMs(),
                                offset.reliable() ? "" : " (over 10 ms: latencies are unreliable)")));
            }
        }
        return rows;
    }

    /** A section of the result, nested objects as dotted keys, as result.json writes it. */
    static List<List<String>> of(Object section) {
        return section == null ? List.of() : flatten(ResultJson.tree(section), "");
    }

    static List<List<String>> flatten(JsonNode node, String prefix) {
        List<List<String>> rows = new ArrayList<>();
        if (!node.isObject()) {
            return rows;
        }
        node.fields().forEachRemaining(e -> {
            String key = prefix + e.getKey();
            if (e.getValue().isObject() && !e.getValue().isEmpty()) {
                rows.addAll(flatten(e.getValue(), key + "."));
            } else if (e.getValue().isContainerNode()) {
                rows.add(List.of(key, e.getValue().toString()));
            } else {
                rows.add(row(key, e.getValue().isNull() ? null : e.getValue().asText()));
            }
        });
        return rows;
    }

    private static List<String> row(String name, Object value) {
        return List.of(name, value == null ? NONE : value.toString());
    }
}
