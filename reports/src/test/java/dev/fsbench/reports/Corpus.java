package dev.fsbench.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real-run corpus: result.json files of the CI profile ({@code scenarios/ci}, 3 repeats of each engine)
 * recorded on the project's 2-core machine and committed under {@code corpus/ci/}, oldest first. Also the two
 * changes the gate must catch, as transformations of a real result: every latency figure 15 % higher, or the
 * processed throughput 15 % lower.
 */
public final class Corpus {
    private Corpus() {}

    public static List<Path> files() {
        try {
            Path dir = Path.of(Corpus.class.getResource("/corpus/ci").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every corpus run, oldest first. */
    public static List<RunRecord> runs() {
        return files().stream()
                .map(Corpus::read)
                .sorted(Comparator.comparing(RunRecord::startedAt))
                .toList();
    }

    public static RunRecord read(Path file) {
        try {
            RunResult result = ResultJson.read(file);
            return new RunRecord(result.runId(), file.getParent(), result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run with every latency figure of every workload multiplied (percentiles, mean, max, per second). */
    public static RunRecord withLatencyTimes(RunRecord run, double factor) {
        return edited(run, "latency x" + factor, w -> {
            for (String section : List.of("latencyMs", "visibleLatencyMs")) {
                if (w.path(section).isObject()) {
                    scaleFields((ObjectNode) w.path(section), factor, "count", "windows");
                    for (JsonNode p : w.path(section).path("percentiles")) {
                        scaleFields((ObjectNode) p, factor, "percentile");
                    }
                }
            }
            for (JsonNode s : w.path("latencyOverTime")) {
                scaleFields((ObjectNode) s, factor, "t", "count");
            }
        });
    }

    /** The run with every workload's processed throughput (overall and per second) multiplied. */
    public static RunRecord withProcessedTimes(RunRecord run, double factor) {
        return edited(run, "processed x" + factor, w -> {
            scale((ObjectNode) w.path("throughput"), "processedEventsPerSec", factor);
            for (JsonNode point : w.path("throughputOverTime")) {
                scale((ObjectNode) point, "processedEvents", factor);
            }
        });
    }

    private static RunRecord edited(RunRecord run, String what, java.util.function.Consumer<ObjectNode> change) {
        RunResult result = ResultFixtures.edit(run.result(), tree -> {
            for (JsonNode w : (ArrayNode) tree.path("workloads")) {
                change.accept((ObjectNode) w);
            }
        });
        return new RunRecord(run.runId() + " (" + what + ")", run.dir(), result);
    }

    private static void scaleFields(ObjectNode node, double factor, String... keep) {
        List<String> kept = List.of(keep);
        node.fieldNames().forEachRemaining(name -> {
            if (!kept.contains(name) && node.get(name).isNumber()) {
                scale(node, name, factor);
            }
        });
    }

    private static void scale(ObjectNode node, String field, double factor) {
        if (node.path(field).isNumber()) {
            node.put(field, node.get(field).asDouble() * factor);
        }
    }
}
