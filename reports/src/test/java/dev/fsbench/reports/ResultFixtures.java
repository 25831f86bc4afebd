package dev.fsbench.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Realistic result trees shaped by harness/.../result.schema.json and the optional sections. Figures are
 * plausible for this 2-core machine (Flink event-time windows ~100s of ms, Spark micro-batches ~seconds, JMH numbers
 * from shared FACTS), generated from a seed so tests are repeatable. {@link #main} writes the committed fixtures.
 */
public final class ResultFixtures {
    public static final String ENV_A = "a1b2c3d4e5f6:2cores:24GiB:Linux-6.1:OpenJDK-17.0.15";
    public static final String ENV_B = "0f9e8d7c6b5a:4cores:16GiB:Linux-6.8:Temurin-21.0.4";

    /** How a run differs from the reference: multiplies throughput down and latency/time up. */
    public record Shape(double slowdown, int repeats, boolean micro, boolean telemetry, long seed) {
        public static Shape reference(long seed) {
            return new Shape(1.0, 2, true, true, seed);
        }
    }

    private ResultFixtures() {}

    public static ObjectNode run(String runId, Instant startedAt, String fingerprint, Shape shape) {
        Random rnd = new Random(shape.seed());
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("schemaVersion", 1);
        r.put("runId", runId);
        r.put("startedAt", startedAt.toString());
        r.put("finishedAt", startedAt.plusSeconds(300).toString());
        r.put("status", "OK");
        r.putArray("warnings");
        ObjectNode env = r.putObject("environment");
        env.put("gitCommit", Long.toHexString(shape.seed() * 0x9E3779B97F4A7C15L) + "0123abcd");
        env.put("gitBranch", "main");
        env.put("gitDirty", false);
        env.put("cores", fingerprint.contains("4cores") ? 4 : 2);
        env.put("memoryBytes", fingerprint.contains("16GiB") ? 17179869184L : 25769803776L);
        env.put("os", "Linux 6.1.0-28-amd64 amd64");
        env.put(
                "jvm",
                fingerprint.contains("Temurin") ? "Eclipse Adoptium 21.0.4+7" : "Debian 17.0.15+6-Debian-1deb12u1");
        ObjectNode versions = env.putObject("engineVersions");
        versions.put("flink", "2.2.1");
        versions.put("spark", "3.5.3");
        versions.put("kafka", "4.2.0");
        env.put("fingerprint", fingerprint);
        ObjectNode kafka = r.putObject("kafka");
        kafka.put("backend", "embedded");
        kafka.put("version", "4.2.0");
        kafka.put("startupMs", 3480 + rnd.nextInt(400));
        kafka.put("bootstrapServers", "127.0.0.1:39121");
        ArrayNode workloads = r.putArray("workloads");
        long t0 = startedAt.toEpochMilli() + 8000;
        for (int k = 0; k < shape.repeats(); k++) {
            workloads.add(workload("flink", "wordcount-tumbling", 120, 20_000, shape, rnd, t0));
            workloads.add(workload("spark-structured", "wordcount-tumbling", 1400, 20_000, shape, rnd, t0 + 70_000));
        }
        if (shape.telemetry()) {
            ObjectNode harness = r.putObject("harness");
            gcAndCpu(harness, 1.0, rnd, 0.18);
            telemetry(harness, t0, 60, rnd, 0.18);
        }
        if (shape.micro()) {
            micro(r.putObject("microbenchmarks"), shape, rnd);
        }
        return r;
    }

    private static ObjectNode workload(
            String engine, String scenario, double baseLatencyMs, int rate, Shape shape, Random rnd, long t0) {
        double noise = 1 + rnd.nextGaussian() * 0.015;
        double slow = shape.slowdown();
        ObjectNode w = Json.MAPPER.createObjectNode();
        w.put("engine", engine);
        w.put("scenario", scenario);
        w.put("status", "OK");
        w.putNull("failureReason");
        ObjectNode c = w.putObject("config");
        c.put("ratePerSec", rate);
        c.put("durationMs", 60_000);
        c.put("warmupMs", 10_000);
        ObjectNode window = c.putObject("window");
        window.put("sizeMs", 10_000);
        window.put("slideMs", 10_000);
        c.put("vocabularySize", 10_000);
        c.put("keyDistribution", "ZIPF");
        c.put("zipfExponent", 1.1);
        c.put("outOfOrdernessMs", 500);
        c.put("partitions", 2);
        c.put("parallelism", 2);
        c.put("seed", 42);
        ObjectNode props = c.putObject("engineProperties");
        if (engine.equals("flink")) {
            props.put("state.backend.type", "hashmap");
            props.put("execution.buffer-timeout", "10ms");
        } else {
            props.put("spark.sql.shuffle.partitions", "2");
            props.put("trigger", "ProcessingTime(1 second)");
        }
        ObjectNode g = w.putObject("generator");
        g.put("requestedRatePerSec", rate);
        g.put("achievedRatePerSec", rate * (0.999 + rnd.nextDouble() * 0.001));
        g.put("eventsSent", rate * 60L);
        g.put("maxScheduleLagMs", 3 + rnd.nextInt(20));
        g.put("rateMet", true);
        ObjectNode v = w.putObject("verification");
        v.put("mode", "exact");
        v.put("passed", true);
        v.put("windowsExpected", 60_000);
        v.put("windowsCorrect", 60_000);
        v.put("windowsMissing", 0);
        v.put("windowsDuplicated", 0);
        v.put("windowsWrong", 0);
        v.put("windowsUnexpected", 0);
        v.put("eventsExpected", rate * 60L);
        v.put("eventsCounted", rate * 60L);
        v.put("misassignmentRate", 0.0);
        ObjectNode t = w.putObject("throughput");
        t.put("inputEventsPerSec", rate * noise / slow);
        t.put("outputEventsPerSec", 1000 * noise / slow);
        ObjectNode l = w.putObject("latencyMs");
        double p50 = baseLatencyMs * slow * (1 + rnd.nextGaussian() * 0.02);
        l.put("p50", p50);
        l.put("p90", p50 * 1.8);
        l.put("p99", p50 * 2.9 * (1 + rnd.nextGaussian() * 0.02));
        l.put("p999", p50 * 4.1 * (1 + rnd.nextGaussian() * 0.03));
        l.put("max", p50 * 5.3);
        l.put("mean", p50 * 1.15);
        l.put("count", 60_000);
        ArrayNode pct = l.putArray("percentiles");
        for (double p : List.of(
                0.0, 50.0, 75.0, 87.5, 90.0, 93.75, 96.875, 98.4375, 99.0, 99.21875, 99.6, 99.8, 99.9, 99.95, 99.99,
                100.0)) {
            ObjectNode pt = pct.addObject();
            pt.put("percentile", p);
            double x = p >= 100 ? 5.3 : 0.2 + 0.8 * Math.pow(1 / (1 - p / 100.0), 0.33);
            pt.put("valueMs", p50 * Math.min(x, 5.3));
        }
        ArrayNode lot = w.putArray("latencyOverTime");
        ArrayNode tot = w.putArray("throughputOverTime");
        for (int s = 0; s < 60; s++) {
            ObjectNode o = lot.addObject();
            o.put("t", t0 + s * 1000L);
            o.put("count", 1000);
            double wave = 1 + 0.15 * Math.sin(s / 5.0) + rnd.nextGaussian() * 0.05;
            o.put("p50", p50 * wave);
            o.put("p99", p50 * 2.9 * wave);
            o.put("max", p50 * 4.5 * wave);
            ObjectNode th = tot.addObject();
            th.put("t", t0 + s * 1000L);
            th.put("inputEvents", Math.round(rate * (1 + rnd.nextGaussian() * 0.01) / slow));
            th.put("outputEvents", Math.round(1000 * (1 + rnd.nextGaussian() * 0.05) / slow));
        }
        ObjectNode info = w.putObject("engineInfo");
        info.put("webUi", engine.equals("flink") ? "http://127.0.0.1:8081" : "http://127.0.0.1:4040");
        info.put("version", engine.equals("flink") ? "2.2.1" : "3.5.3");
        ObjectNode metrics = w.putObject("engineMetrics");
        ArrayNode series = metrics.putArray("series");
        if (engine.equals("flink")) {
            for (int sub = 0; sub < 2; sub++) {
                engineSeries(series, "busyTimeMsPerSecond", "window-aggregate", sub, t0, rnd, 300 * slow, 80);
                engineSeries(series, "backPressuredTimeMsPerSecond", "source", sub, t0, rnd, 20 * slow, 15);
                engineSeries(
                        series,
                        "numRecordsInPerSecond",
                        "window-aggregate",
                        sub,
                        t0,
                        rnd,
                        rate / 2.0 / slow,
                        rate / 50.0);
            }
            metrics.putObject("summary").put("checkpoints", 0).put("restarts", 0);
        } else {
            engineSeries(series, "batchDurationMs", null, -1, t0, rnd, 700 * slow, 150);
            engineSeries(series, "processedRowsPerSecond", null, -1, t0, rnd, rate / slow, rate / 20.0);
            metrics.putObject("summary").put("batches", 58).put("meanBatchDurationMs", 700 * slow);
        }
        if (shape.telemetry()) {
            gcAndCpu(w, slow, rnd, engine.equals("flink") ? 0.55 : 0.75);
            telemetry(w, t0, 60, rnd, engine.equals("flink") ? 0.55 : 0.75);
        }
        return w;
    }

    private static void engineSeries(
            ArrayNode out, String name, String vertex, int subtask, long t0, Random rnd, double level, double jitter) {
        ObjectNode s = out.addObject();
        s.put("name", name);
        ObjectNode tags = s.putObject("tags");
        if (vertex != null) {
            tags.put("vertex", vertex);
            tags.put("subtask", String.valueOf(subtask));
        }
        ArrayNode points = s.putArray("points");
        for (int i = 0; i < 30; i++) {
            points.addArray().add(t0 + i * 2000L).add(Math.max(0, level + rnd.nextGaussian() * jitter));
        }
    }

    private static void gcAndCpu(ObjectNode owner, double slow, Random rnd, double cpuShare) {
        ObjectNode gc = owner.putObject("gc");
        gc.put("collector", "G1");
        gc.put("pauseCount", 40 + rnd.nextInt(10));
        gc.put("pauseTotalMs", 180 * slow * (1 + rnd.nextGaussian() * 0.03));
        gc.put("pauseMaxMs", 14 * slow);
        gc.put("pauseP99Ms", 12 * slow);
        gc.put("gcTimeShare", 0.003 * slow);
        gc.put("allocatedBytesPerSec", 210e6 * (1 + rnd.nextGaussian() * 0.02));
        gc.put("heapUsedAfterGcMaxBytes", 96L * 1024 * 1024);
        ObjectNode cpu = owner.putObject("cpu");
        cpu.put("processCpuShareMean", cpuShare * (1 + rnd.nextGaussian() * 0.02));
        cpu.put("processCpuShareMax", Math.min(1, cpuShare * 1.4));
        cpu.put("machineCpuShareMean", 0.92);
    }

    private static void telemetry(ObjectNode owner, long t0, int seconds, Random rnd, double cpuShare) {
        ObjectNode tel = owner.putObject("telemetry");
        tel.put("status", "OK");
        tel.putNull("reason");
        ObjectNode s = tel.putObject("series");
        ArrayNode heap = s.putArray("heapUsedBytes");
        ArrayNode pauses = s.putArray("gcPauseMs");
        ArrayNode pcpu = s.putArray("processCpuShare");
        ArrayNode mcpu = s.putArray("machineCpuShare");
        double used = 60e6;
        for (int i = 0; i < seconds * 2; i++) {
            long t = t0 + i * 500L;
            used += 25e6;
            if (used > 220e6) { // a young collection: sawtooth heap, one pause
                used = 60e6 + rnd.nextDouble() * 20e6;
                pauses.addArray().add(t).add(3 + rnd.nextDouble() * 8);
            }
            heap.addArray().add(t).add(used);
            pcpu.addArray().add(t).add(Math.min(1, cpuShare + rnd.nextGaussian() * 0.05));
            mcpu.addArray().add(t).add(Math.min(1, 0.9 + rnd.nextGaussian() * 0.03));
        }
    }

    private static void micro(ObjectNode m, Shape shape, Random rnd) {
        m.put("profile", "full");
        m.put("wallTimeSec", 1260);
        m.putArray("jmhResultFiles").add("jmh/serialization-bench.json").add("jmh/serialization-bench-spark.json");
        ArrayNode results = m.putArray("results");
        Object[][] rows = {
            {"java-native", "WordEvent", 19283.0, 3740.0, 459, 7200.0},
            {"kryo-registered", "WordEvent", 1019.0, 131.0, 46, 680.0},
            {"kryo-unregistered", "WordEvent", 1448.0, 160.0, 118, 820.0},
            {"flink-pojo", "WordEvent", 1400.0, 120.0, 98, 610.0},
            {"flink-tuple", "Tuple2", 899.0, 70.0, 80, 430.0},
            {"flink-kryo-fallback", "WordEvent", 4467.0, 420.0, 105, 2100.0},
            {"spark-kryo", "WordEvent", 1310.0, 150.0, 52, 900.0},
        };
        for (Object[] row : rows) {
            ObjectNode r = results.addObject();
            String serializer = (String) row[0];
            r.put("benchmark", "dev.fsbench.serialization.RoundTripBenchmark." + serializer.replace("-", "_"));
            r.put("group", serializer.startsWith("spark") ? "spark" : "flink");
            r.put("serializer", serializer);
            r.put("record", (String) row[1]);
            r.put("operation", "roundTrip");
            r.putObject("params").put("payload", "small");
            r.put("mode", "avgt");
            r.put("score", (double) row[2] * shape.slowdown() * (1 + rnd.nextGaussian() * 0.01));
            r.put("scoreError", (double) row[3]);
            r.put("unit", "ns/op");
            r.put("noisy", (double) row[3] / (double) row[2] > 0.15);
            r.put("allocBytesPerOp", (double) row[5]);
            r.put("allocBytesPerOpError", 0.02);
            r.put("serializedBytes", (int) row[4]);
        }
        ObjectNode sort = results.addObject();
        sort.put("benchmark", "dev.fsbench.serialization.SortBenchmark.normalizedKeySorter");
        sort.put("group", "flink");
        sort.put("serializer", "NormalizedKeySorter");
        sort.put("record", "Tuple2<Integer,String>");
        sort.put("operation", "sort1M");
        sort.put("mode", "avgt");
        sort.put("score", 412.0 * shape.slowdown());
        sort.put("scoreError", 18.0);
        sort.put("unit", "ms/op");
        sort.put("noisy", false);
        ArrayNode claims = m.putArray("claims");
        claim(
                claims,
                "Kryo is about 10x faster than Java serialization",
                "seed §3",
                "roundTrip ns/op java/kryo",
                10,
                18.9,
                2.9,
                "confirmed",
                false);
        claim(
                claims,
                "Flink's PojoSerializer is faster than Kryo",
                "seed §3",
                "roundTrip ns/op kryo/pojo",
                1.5,
                0.73,
                0.09,
                "refuted",
                false);
        claim(
                claims,
                "Kryo fallback costs 3x a POJO",
                "seed §4",
                "roundTrip ns/op fallback/pojo",
                3,
                3.19,
                0.41,
                "confirmed",
                false);
        claim(
                claims,
                "Spark Kryo matches Flink's serializers",
                "seed §5",
                "roundTrip ns/op spark-kryo/flink-pojo",
                1.0,
                0.94,
                0.31,
                "inconclusive",
                true);
    }

    private static void claim(
            ArrayNode claims,
            String claim,
            String source,
            String metric,
            double expected,
            double measured,
            double error,
            String verdict,
            boolean noisy) {
        ObjectNode c = claims.addObject();
        c.put("claim", claim);
        c.put("source", source);
        c.put("metric", metric);
        c.put("expectedRatio", expected);
        c.put("measuredRatio", measured);
        c.put("measuredRatioError", error);
        c.put("verdict", verdict);
        c.put("noisy", noisy);
    }

    /** A run that failed half-way, with hostile strings everywhere a result carries text, and sections missing. */
    public static ObjectNode hostile(String runId, Instant startedAt, String fingerprint) {
        ObjectNode r = run(runId, startedAt, fingerprint, new Shape(1.0, 1, false, false, 7));
        String evil = "<script>alert(1)</script>";
        r.put("status", "FAILED");
        r.putArray("warnings").add("broker log says " + evil);
        ((ObjectNode) r.path("environment")).put("gitBranch", "feature/" + evil);
        ObjectNode spark = (ObjectNode) r.path("workloads").path(1);
        spark.put("status", "FAILED");
        spark.put("failureReason", "engine exited with 1: </script><img src=x onerror=alert(2)>");
        ((ObjectNode) spark.path("verification"))
                .put("passed", false)
                .put("windowsCorrect", 41_200)
                .put("windowsMissing", 18_800)
                .put("eventsCounted", 824_000L);
        spark.remove(List.of("latencyOverTime", "throughputOverTime", "engineMetrics", "gc", "cpu"));
        ((ObjectNode) spark.path("latencyMs")).putNull("p50").putNull("p99").remove("percentiles");
        ObjectNode flink = (ObjectNode) r.path("workloads").path(0);
        ((ObjectNode) flink.path("config").path("engineProperties")).put("pipeline.name", evil);
        ((ObjectNode) flink.path("engineInfo")).put("webUi", "javascript:alert(3)");
        ((ObjectNode) flink.path("engineMetrics").path("series").path(0)).put("name", "busy" + evil);
        ObjectNode tel = flink.putObject("telemetry");
        tel.put("status", "MISSING");
        tel.put("reason", "JFR stream closed: " + evil);
        return r;
    }

    /** Writes the committed fixtures: four runs in environment A, two in B, one hostile failed run. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/fixtures");
        Files.createDirectories(dir);
        Instant start = Instant.parse("2026-11-20T08:00:00Z");
        double[] slowdowns = {1.0, 1.01, 0.99, 1.25};
        for (int i = 0; i < slowdowns.length; i++) {
            String id = "2026-11-2" + i + "T0800-a" + i;
            write(dir, run(id, start.plusSeconds(86_400L * i), ENV_A, new Shape(slowdowns[i], 2, true, true, 100 + i)));
        }
        for (int i = 0; i < 2; i++) {
            String id = "2026-11-2" + i + "T2000-b" + i;
            write(
                    dir,
                    run(id, start.plusSeconds(86_400L * i + 43_200), ENV_B, new Shape(1.0, 1, i == 1, true, 200 + i)));
        }
        write(dir, hostile("2026-11-22T1200-hostile", start.plusSeconds(86_400L * 2 + 14_400), ENV_A));
    }

    private static void write(Path dir, ObjectNode run) throws IOException {
        Json.MAPPER.writeValue(dir.resolve(run.path("runId").asText() + ".json").toFile(), run);
    }
}
