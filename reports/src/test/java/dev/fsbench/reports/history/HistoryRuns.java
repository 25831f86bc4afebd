package dev.fsbench.reports.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fsbench.reports.Json;
import dev.fsbench.reports.RunRecord;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * A history of runs as the harness writes them, built as JSON and read the way the reports read any result: one
 * workload (flink / wordcount-tumbling, two repeats), schema 2 with the engine-dependent figures, or schema 1
 * without them. Built here rather than in the gate's fixtures, which another part of the project owns.
 */
public final class HistoryRuns {
    public static final String ENVIRONMENT = "f586eb1dbaf9";
    public static final String WORKLOAD = "stream/flink/wordcount-tumbling/";
    private static final Instant FIRST = Instant.parse("2026-11-01T08:00:00Z");

    /** One run's level of each figure; each repeat lies within 1 % of it. */
    public record Level(double processed, double p50, double p99, double cpuPerMillion, double allocPerEvent) {
        public static Level reference() {
            return new Level(50_000, 220, 263, 8.9, 735);
        }

        public Level times(double noise) {
            return new Level(processed * noise, p50 * noise, p99 * noise, cpuPerMillion * noise, allocPerEvent * noise);
        }

        public Level withP99(double value) {
            return new Level(processed, p50, value, cpuPerMillion, allocPerEvent);
        }
    }

    private HistoryRuns() {}

    public static String runId(int i) {
        return String.format("20261101-%02d0000-h%02d", i % 24, i);
    }

    /** Run {@code i} of the history (a day after run i − 1), schema 2. */
    public static RunRecord run(int i, Level level, Random noise) {
        return run(i, level, noise, false);
    }

    /** @param contended the machine was busy before the run's workloads started (schema 3's machineLoad) */
    public static RunRecord run(int i, Level level, Random noise, boolean contended) {
        ObjectNode result = header(i, 2);
        ArrayNode workloads = result.putArray("workloads");
        for (int repeat = 0; repeat < 2; repeat++) {
            Level l = level.times(1 + noise.nextGaussian() * 0.01);
            ObjectNode w = workload(workloads);
            w.putObject("throughput").put("inputEventsPerSec", 50_000.0).put("processedEventsPerSec", l.processed());
            w.putObject("cost")
                    .put("cpuCoreSecondsPerMillionEvents", l.cpuPerMillion())
                    .put("allocatedBytesPerEvent", l.allocPerEvent());
            latency(w, l.p50(), l.p99());
            if (contended) {
                w.putObject("machineLoad")
                        .put("cores", 2)
                        .put("loadBefore", 3.4)
                        .put("contended", true);
            }
        }
        return read(i, result);
    }

    /** Run {@code i} as schema 1 wrote it: no processed throughput (an event-time output rate), no cost. */
    public static RunRecord schema1(int i, Level level) {
        ObjectNode result = header(i, 1);
        ObjectNode w = workload(result.putArray("workloads"));
        w.putObject("throughput").put("inputEventsPerSec", 50_000.0).put("outputEventsPerSec", 49_000.0);
        latency(w, level.p50(), level.p99());
        return read(i, result);
    }

    /**
     * {@code n} runs with 2 % noise between runs on every figure.
     *
     * @param p99 run i's p99 level
     * @param contended whether run i was taken on a busy machine
     */
    public static List<RunRecord> history(int n, IntFunction<Double> p99, IntPredicate contended) {
        Random noise = new Random(42);
        List<RunRecord> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Level level = Level.reference()
                    .times(1 + noise.nextGaussian() * 0.02)
                    .withP99(p99.apply(i) * (1 + noise.nextGaussian() * 0.02));
            runs.add(run(i, level, noise, contended.test(i)));
        }
        return runs;
    }

    /** Archives a run in {@code reportsDir/runs/<runId>/result.json}, as the reports keep their history. */
    public static void write(Path reportsDir, RunRecord run) throws IOException {
        Path dir = reportsDir.resolve("runs").resolve(run.runId());
        Files.createDirectories(dir);
        Files.write(dir.resolve(ResultJson.RESULT_FILE), ResultJson.write(run.result()));
    }

    private static ObjectNode header(int i, int schemaVersion) {
        ObjectNode result = Json.MAPPER.createObjectNode();
        Instant start = FIRST.plusSeconds(86_400L * i);
        result.put("schemaVersion", schemaVersion)
                .put("runId", runId(i))
                .put("startedAt", start.toString())
                .put("finishedAt", start.plusSeconds(600).toString())
                .put("status", "OK");
        result.putObject("environment").put("cores", 2).put("fingerprint", ENVIRONMENT);
        result.putArray("capacity");
        return result;
    }

    private static ObjectNode workload(ArrayNode workloads) {
        ObjectNode w = workloads.addObject();
        w.put("engine", "flink").put("scenario", "wordcount-tumbling").put("status", "OK");
        w.putObject("config").put("scenario", "wordcount-tumbling").put("ratePerSec", 50_000);
        w.putObject("verification")
                .put("mode", "exact")
                .put("passed", true)
                .put("windowsExpected", 22_753)
                .put("windowsCorrect", 22_753);
        return w;
    }

    private static void latency(ObjectNode w, double p50, double p99) {
        w.putObject("latencyMs")
                .put("p50", p50)
                .put("p90", p50 * 1.1)
                .put("p99", p99)
                .put("p999", p99 * 1.1)
                .put("max", p99 * 1.2)
                .put("mean", p50)
                .put("count", 15_000)
                .putArray("percentiles");
    }

    private static RunRecord read(int i, JsonNode tree) {
        try {
            RunResult result = ResultJson.read(tree);
            return new RunRecord(runId(i), Path.of("runs", runId(i)), result);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
