package dev.fsbench.reports;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.fsbench.results.Claim;
import dev.fsbench.results.ClaimVerdict;
import dev.fsbench.results.CpuFigures;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.GcFigures;
import dev.fsbench.results.MicrobenchResult;
import dev.fsbench.results.MicrobenchSection;
import dev.fsbench.results.SeriesPoint;
import dev.fsbench.results.TelemetryInfo;
import dev.fsbench.results.TelemetryResult;
import dev.fsbench.results.TelemetrySeries;
import dev.fsbench.results.TelemetryStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The optional sections of {@link ResultFixtures}' runs: engine metrics, JVM telemetry, microbenchmarks. */
final class FixtureSections {
    private FixtureSections() {}

    static EngineMetrics engineMetrics(boolean flink, int rate, double slow, Random rnd, long t0) {
        List<EngineMetrics.Series> series = new ArrayList<>();
        if (flink) {
            for (int sub = 0; sub < 2; sub++) {
                series.add(engineSeries("busyTimeMsPerSecond", "window-aggregate", sub, t0, rnd, 300 * slow, 80));
                series.add(engineSeries("backPressuredTimeMsPerSecond", "source", sub, t0, rnd, 20 * slow, 15));
                series.add(engineSeries(
                        "numRecordsInPerSecond", "window-aggregate", sub, t0, rnd, rate / 2.0, rate / 50.0));
            }
            return new EngineMetrics(
                    series, ordered("checkpoints", IntNode.valueOf(0), "restarts", IntNode.valueOf(0)));
        }
        series.add(engineSeries("batchDurationMs", null, -1, t0, rnd, 700 * slow, 150));
        series.add(engineSeries("processedRowsPerSecond", null, -1, t0, rnd, rate, rate / 20.0));
        return new EngineMetrics(
                series, ordered("batches", IntNode.valueOf(58), "meanBatchDurationMs", DoubleNode.valueOf(700 * slow)));
    }

    private static EngineMetrics.Series engineSeries(
            String name, String vertex, int subtask, long t0, Random rnd, double level, double jitter) {
        List<SeriesPoint> points = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            points.add(new SeriesPoint(t0 + i * 2000L, Math.max(0, level + rnd.nextGaussian() * jitter)));
        }
        Map<String, String> tags =
                vertex == null ? Map.of() : ordered("vertex", vertex, "subtask", String.valueOf(subtask));
        return new EngineMetrics.Series(name, tags, points);
    }

    /** A JVM's figures and a sawtooth heap over 60 s, with one pause per young collection. */
    static TelemetryResult telemetry(double slow, Random rnd, double cpuShare, long t0) {
        GcFigures gc = new GcFigures(
                "G1",
                0,
                40 + rnd.nextInt(10),
                180 * slow * (1 + rnd.nextGaussian() * 0.03),
                14 * slow,
                12 * slow,
                0.003 * slow,
                210e6 * (1 + rnd.nextGaussian() * 0.02),
                96L * 1024 * 1024);
        CpuFigures cpu =
                new CpuFigures(cpuShare * (1 + rnd.nextGaussian() * 0.02), Math.min(1, cpuShare * 1.4), 0.92, 60);
        List<SeriesPoint> heap = new ArrayList<>();
        List<SeriesPoint> pauses = new ArrayList<>();
        List<SeriesPoint> processCpu = new ArrayList<>();
        List<SeriesPoint> machineCpu = new ArrayList<>();
        double used = 60e6;
        for (int i = 0; i < 120; i++) {
            long t = t0 + i * 500L;
            used += 25e6;
            if (used > 220e6) { // a young collection: sawtooth heap, one pause
                used = 60e6 + rnd.nextDouble() * 20e6;
                pauses.add(new SeriesPoint(t, 3 + rnd.nextDouble() * 8));
            }
            heap.add(new SeriesPoint(t, used));
            processCpu.add(new SeriesPoint(t, Math.min(1, cpuShare + rnd.nextGaussian() * 0.05)));
            machineCpu.add(new SeriesPoint(t, Math.min(1, 0.9 + rnd.nextGaussian() * 0.03)));
        }
        TelemetryInfo info = new TelemetryInfo(
                TelemetryStatus.OK,
                null,
                Map.of(),
                t0,
                t0 + 60_000,
                new TelemetrySeries(heap, pauses, processCpu, machineCpu));
        return new TelemetryResult(gc, cpu, info);
    }

    static MicrobenchSection micro(double slowdown, Random rnd) {
        List<MicrobenchResult> results = new ArrayList<>();
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
            String serializer = (String) row[0];
            results.add(new MicrobenchResult(
                    "dev.fsbench.serialization.RoundTripBenchmark." + serializer.replace("-", "_"),
                    serializer.startsWith("spark") ? "spark" : "flink",
                    serializer,
                    (String) row[1],
                    "roundTrip",
                    Map.of("payload", "small"),
                    "avgt",
                    (double) row[2] * slowdown * (1 + rnd.nextGaussian() * 0.01),
                    (double) row[3],
                    "ns/op",
                    (double) row[3] / (double) row[2] > 0.15,
                    (double) row[5],
                    0.02,
                    (int) row[4],
                    null,
                    null));
        }
        results.add(new MicrobenchResult(
                "dev.fsbench.serialization.SortBenchmark.normalizedKeySorter",
                "flink",
                "NormalizedKeySorter",
                "Tuple2<Integer,String>",
                "sort1M",
                Map.of(),
                "avgt",
                412.0 * slowdown,
                18.0,
                "ms/op",
                false,
                null,
                null,
                null,
                412.0 * slowdown,
                null));
        List<Claim> claims = List.of(
                claim(
                        "Kryo is about 10x faster than Java serialization",
                        "seed §3",
                        "java/kryo",
                        10,
                        18.9,
                        2.9,
                        "confirmed"),
                claim("Flink's PojoSerializer is faster than Kryo", "seed §3", "kryo/pojo", 1.5, 0.73, 0.09, "refuted"),
                claim("Kryo fallback costs 3x a POJO", "seed §4", "fallback/pojo", 3, 3.19, 0.41, "confirmed"),
                claim(
                        "Spark Kryo matches Flink's serializers",
                        "seed §5",
                        "spark-kryo/flink-pojo",
                        1.0,
                        0.94,
                        0.31,
                        "inconclusive"));
        return new MicrobenchSection(
                "full",
                1260,
                List.of("jmh/serialization-bench.json", "jmh/serialization-bench-spark.json"),
                List.of(),
                results,
                claims);
    }

    /** An inconclusive claim is a noisy one, as the harness marks them. */
    private static Claim claim(
            String claim, String source, String ratio, double expected, double measured, double error, String verdict) {
        ClaimVerdict v = ClaimVerdict.valueOf(verdict.toUpperCase(java.util.Locale.ROOT));
        return new Claim(
                claim,
                source,
                "roundTrip ns/op " + ratio,
                expected,
                measured,
                error,
                v,
                v == ClaimVerdict.INCONCLUSIVE);
    }

    /** A map in the order given (Map.of's order changes from one JVM to the next, and so would the fixtures). */
    @SuppressWarnings("unchecked")
    static <V> Map<String, V> ordered(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }
}
