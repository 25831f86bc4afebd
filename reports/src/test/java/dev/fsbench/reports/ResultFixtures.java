package dev.fsbench.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.results.Environment;
import dev.fsbench.results.GeneratorSummary;
import dev.fsbench.results.KafkaInfo;
import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.Sustainability;
import dev.fsbench.results.TelemetryResult;
import dev.fsbench.results.Throughput;
import dev.fsbench.results.ThroughputPoint;
import dev.fsbench.results.Verification;
import dev.fsbench.results.WorkloadConfig;
import dev.fsbench.results.WorkloadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Realistic results built with the result records, as the harness builds them, plus the optional sections. Figures
 * are plausible for this 2-core machine (Flink event-time windows ~100s of ms, Spark micro-batches ~seconds, JMH
 * numbers from shared FACTS), generated from a seed so tests are repeatable. {@link #main} writes the committed
 * fixtures.
 */
public final class ResultFixtures {
    public static final String ENV_A = "a1b2c3d4e5f6:2cores:24GiB:Linux-6.1:OpenJDK-17.0.15";
    public static final String ENV_B = "0f9e8d7c6b5a:4cores:16GiB:Linux-6.8:Temurin-21.0.4";

    private static final List<Double> PERCENTILES = List.of(
            0.0, 50.0, 75.0, 87.5, 90.0, 93.75, 96.875, 98.4375, 99.0, 99.21875, 99.6, 99.8, 99.9, 99.95, 99.99, 100.0);

    /**
     * How a run differs from the reference: an engine slower by {@code slowdown} shows higher latency, CPU, GC and
     * JMH times and a lower capacity; at a fixed input rate it still processes what the generator sends (as long
     * as it keeps up), so throughput stays at the input rate, as the harness measures it.
     */
    public record Shape(double slowdown, int repeats, boolean micro, boolean telemetry, long seed) {
        public static Shape reference(long seed) {
            return new Shape(1.0, 2, true, true, seed);
        }
    }

    private ResultFixtures() {}

    public static RunResult run(String runId, Instant startedAt, String fingerprint, Shape shape) {
        Random rnd = new Random(shape.seed());
        Environment env = new Environment(
                Long.toHexString(shape.seed() * 0x9E3779B97F4A7C15L) + "0123abcd",
                "main",
                false,
                fingerprint.contains("4cores") ? 4 : 2,
                fingerprint.contains("16GiB") ? 17179869184L : 25769803776L,
                "Linux 6.1.0-28-amd64 amd64",
                fingerprint.contains("Temurin") ? "Eclipse Adoptium 21.0.4+7" : "Debian 17.0.15+6-Debian-1deb12u1",
                FixtureSections.ordered("flink", "2.2.1", "spark", "3.5.3", "kafka", "4.2.0"),
                fingerprint);
        KafkaInfo kafka = new KafkaInfo("embedded", "4.2.0", (double) (3480 + rnd.nextInt(400)), "127.0.0.1:39121");
        List<WorkloadResult> workloads = new ArrayList<>();
        long t0 = startedAt.toEpochMilli() + 8000;
        // the schema-2 figures draw from their own generator, so the older figures stay as they were
        Random extra = new Random(shape.seed() ^ 0x2F0E1D2CL);
        for (int k = 0; k < shape.repeats(); k++) {
            workloads.add(workload("flink", "wordcount-tumbling", 120, 20_000, shape, rnd, extra, t0));
            workloads.add(
                    workload("spark-structured", "wordcount-tumbling", 1400, 20_000, shape, rnd, extra, t0 + 70_000));
        }
        workloads.add(workload("baseline", "wordcount-tumbling", 520, 20_000, shape, extra, extra, t0 + 140_000));
        TelemetryResult harness = shape.telemetry() ? FixtureSections.telemetry(1.0, rnd, 0.18, t0) : null;
        return new RunResult(
                2, // the committed fixtures are schema version 2 until they are regenerated (they are the gate's)
                runId,
                startedAt.toString(),
                startedAt.plusSeconds(300).toString(),
                RunStatus.OK,
                List.of(),
                env,
                kafka,
                workloads,
                harness,
                shape.micro() ? FixtureSections.micro(shape.slowdown(), rnd) : null,
                FixtureCapacity.capacity(shape.slowdown()));
    }

    /**
     * One fixed-rate workload as {@link #run} builds them (telemetry, cost, engine metrics), for results that
     * arrange workloads otherwise, such as an experiment's interleaved runs.
     */
    public static WorkloadResult workload(
            String engine, String scenario, double baseLatencyMs, int rate, long seed, long t0) {
        Random rnd = new Random(seed);
        return workload(engine, scenario, baseLatencyMs, rate, Shape.reference(seed), rnd, new Random(~seed), t0);
    }

    private static WorkloadResult workload(
            String engine,
            String scenario,
            double baseLatencyMs,
            int rate,
            Shape shape,
            Random rnd,
            Random extra,
            long t0) {
        double noise = 1 + rnd.nextGaussian() * 0.015;
        double slow = shape.slowdown();
        boolean flink = engine.equals("flink");
        boolean spark = engine.startsWith("spark");
        WorkloadConfig config = new WorkloadConfig(
                scenario,
                rate,
                60_000,
                60_000,
                new WorkloadConfig.Window(10_000, 10_000),
                10_000,
                KeyDistribution.ZIPF,
                1.1,
                100,
                2,
                2,
                42,
                flink
                        ? Map.of("state.backend.type", "hashmap", "execution.buffer-timeout", "10ms")
                        : spark
                                ? Map.of("spark.sql.shuffle.partitions", "2", "trigger", "ProcessingTime(1 second)")
                                : Map.of());
        // warm-up until steady: Structured Streaming's first micro-batches take longest
        long warmupMs = spark ? 24_000 : flink ? 8_000 : 6_000;
        GeneratorSummary generator = new GeneratorSummary(
                rate,
                rate * (0.999 + rnd.nextDouble() * 0.001),
                rate * 70L,
                rate * 60L,
                3 + rnd.nextInt(20),
                true,
                t0 - warmupMs,
                t0,
                t0 + 60_000,
                t0 + 62_000,
                true,
                2);
        Verification verification = new Verification(
                Verification.EXACT, true, 60_000, 60_000, 0, 0, 0, 0, 0, rate * 60L, rate * 60L, 0.0, List.of());
        double p50 = baseLatencyMs * slow * (1 + rnd.nextGaussian() * 0.02);
        List<LatencySummary.PercentilePoint> percentiles = new ArrayList<>();
        for (double p : PERCENTILES) {
            double x = p >= 100 ? 5.3 : 0.2 + 0.8 * Math.pow(1 / (1 - p / 100.0), 0.33);
            percentiles.add(new LatencySummary.PercentilePoint(p, p50 * Math.min(x, 5.3)));
        }
        LatencySummary latency = new LatencySummary(
                p50,
                p50 * 1.8,
                p50 * 2.9 * (1 + rnd.nextGaussian() * 0.02),
                p50 * 4.1 * (1 + rnd.nextGaussian() * 0.03),
                p50 * 5.3,
                p50 * 1.15,
                60_000,
                percentiles);
        List<LatencyInterval> latencyOverTime = new ArrayList<>();
        List<ThroughputPoint> throughputOverTime = new ArrayList<>();
        for (int s = 0; s < 60; s++) {
            long t = t0 + s * 1000L;
            double wave = 1 + 0.15 * Math.sin(s / 5.0) + rnd.nextGaussian() * 0.05;
            latencyOverTime.add(new LatencyInterval(t, 1000, p50 * wave, p50 * 2.9 * wave, p50 * 4.5 * wave));
            long input = Math.round(rate * (1 + rnd.nextGaussian() * 0.01));
            double jitter = 1 + rnd.nextGaussian() * 0.05;
            // 10 s tumbling windows: a window's results are appended within the second after it closes (Flink,
            // the baseline) or in the next micro-batch (Spark), owed as backlog until then
            int due = spark ? 1 : 0;
            double processed = s % 10 == due ? Math.round(10.0 * rate * jitter) : 0;
            double backlog = spark && s % 10 == 0 ? 10.0 * rate : 0;
            throughputOverTime.add(
                    new ThroughputPoint(t, input, processed, backlog, 2 + Math.abs(extra.nextGaussian()) * 6));
        }
        Map<String, JsonNode> info = FixtureSections.ordered(
                "webUi", TextNode.valueOf(flink ? "http://127.0.0.1:8081" : "http://127.0.0.1:4040"),
                "version", TextNode.valueOf(flink ? "2.2.1" : "3.5.3"));
        if (!flink && !spark) {
            info = Map.of();
        }
        return WorkloadResult.builder(engine, scenario)
                .status(RunStatus.OK, null)
                .config(config)
                .generator(generator)
                .verification(verification)
                // the generator keeps its schedule to a fraction of a per mille; the engine delivers what it got
                .throughput(
                        new Throughput(rate * (1 + (noise - 1) / 30), rate * (1 + (noise - 1) / 20)),
                        throughputOverTime)
                .sustainable(Sustainability.yes())
                .cost(FixtureCapacity.cost(rate, flink ? 0.55 : spark ? 0.75 : 0.3, slow, extra))
                .latency(latency, null, null, latencyOverTime)
                .engine(info, flink || spark ? FixtureSections.engineMetrics(flink, rate, slow, rnd, t0) : null)
                .telemetry(shape.telemetry() ? FixtureSections.telemetry(slow, rnd, flink ? 0.55 : 0.75, t0) : null)
                .build();
    }

    /**
     * A result changed the way only its JSON can be (a section removed, a field nulled): written, edited as a tree,
     * and read back as the reports read any result.
     */
    public static RunResult edit(RunResult result, Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) ResultJson.tree(result);
        change.accept(tree);
        try {
            return ResultJson.read(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Markup that, if a page ever let it through as markup, would run and set {@code window.__pwned} to
     * {@code where} (as an inline handler, as a script after a closed script element, and as a quoted attribute
     * that breaks out of its quotes); the browser tests assert it never does.
     */
    public static String payload(String where) {
        String run = "window.__pwned='" + where + "'";
        return "</script><img src=x onerror=\"" + run + "\"><script>" + run + "</script>\" onmouseover=\"" + run
                + "\" <!--";
    }

    /**
     * The scenario name of the hostile run's Flink workload. The harness no longer writes such a name (scenario
     * names are checked against ScenarioName's character set before a run starts): it stands for a result.json
     * written by an older harness or edited by hand. Reports must stay safe on any file they read.
     */
    public static final String HOSTILE_SCENARIO = "tumbling" + payload("scenario");

    /**
     * A run that failed half-way, with hostile strings everywhere a result carries text (scenario name, engine
     * property values, engine metric tags, failure and limit reasons), and sections missing.
     */
    public static RunResult hostile(String runId, Instant startedAt, String fingerprint) {
        String evil = "<script>alert(1)</script>";
        return edit(run(runId, startedAt, fingerprint, new Shape(1.0, 1, false, false, 7)), r -> {
            r.put("status", "FAILED");
            r.putArray("warnings").add("broker log says " + evil);
            ((ObjectNode) r.path("environment")).put("gitBranch", "feature/" + evil);
            ObjectNode spark = (ObjectNode) r.path("workloads").path(1);
            spark.put("status", "FAILED");
            spark.put(
                    "failureReason",
                    "engine exited with 1: </script><img src=x onerror=alert(2)>" + payload("sparkFailure"));
            ((ObjectNode) spark.path("verification"))
                    .put("passed", false)
                    .put("windowsCorrect", 41_200)
                    .put("windowsMissing", 18_800)
                    .put("eventsCounted", 824_000L);
            spark.remove(List.of("latencyOverTime", "throughputOverTime", "engineMetrics", "gc", "cpu"));
            ((ObjectNode) spark.path("latencyMs")).putNull("p50").putNull("p99").remove("percentiles");
            ObjectNode flink = (ObjectNode) r.path("workloads").path(0);
            flink.put("scenario", HOSTILE_SCENARIO);
            ((ObjectNode) flink.path("config")).put("scenario", HOSTILE_SCENARIO);
            ((ObjectNode) flink.path("config").path("engineProperties"))
                    .put("pipeline.name", evil)
                    .put("pipeline.description", payload("engineProperty"))
                    .put("key" + payload("enginePropertyKey"), "value");
            ((ObjectNode) flink.path("engineInfo")).put("webUi", "javascript:alert(3)");
            ((ObjectNode) flink.path("engineInfo")).put("version", payload("engineInfo"));
            ObjectNode busy =
                    (ObjectNode) flink.path("engineMetrics").path("series").path(0);
            busy.put("name", "busy" + evil);
            ((ObjectNode) busy.path("tags")).put("vertex", payload("metricTag"));
            ObjectNode tel = flink.putObject("telemetry");
            tel.put("status", "MISSING");
            tel.put("reason", "JFR stream closed: " + evil);
            hostileRateProfile(flink, evil);
            ObjectNode verdict = flink.putObject("sustainable").put("sustained", false);
            verdict.putArray("reasons").add("latency trends up: " + evil);
            // the generator fell behind: INVALID, no sustain verdict (as the harness writes it)
            ObjectNode baseline = (ObjectNode) r.path("workloads").path(2);
            baseline.put("status", "INVALID");
            baseline.put("failureReason", "generator fell behind its schedule by 2,400 ms (bound 1,000 ms) " + evil);
            baseline.remove("sustainable");
            ObjectNode capacity = (ObjectNode) r.path("capacity").path(1);
            capacity.put("scenario", HOSTILE_SCENARIO);
            capacity.put("limitReason", "ruler " + evil + payload("limitReason"));
            capacity.put("failureReason", "engine exited with 137 </script><img src=x onerror=alert(4)>");
            ((ObjectNode) capacity.path("probes").path(0)).put("reason", "backlog grew " + evil);
            hostileExperiment(r.putArray("experiments").addObject(), flink, evil);
        });
    }

    /**
     * A rate profile on the Flink workload, its burst step's text hostile (a result edited by hand: the harness
     * writes only steps RateStepText accepts), with the engine's intake series.
     */
    private static void hostileRateProfile(ObjectNode workload, String evil) {
        long t0 = workload.path("throughputOverTime").path(0).path("t").asLong();
        ObjectNode profile = workload.putObject("rateProfile").put("baseRatePerSec", 10_000);
        ArrayNode steps = profile.putArray("steps");
        String[] texts = {"1x for 3s", "3x for 3s" + payload("burstStep"), "1x for 3s " + evil};
        for (int k = 0; k < 3; k++) {
            steps.addObject()
                    .put("index", k)
                    .put("text", texts[k])
                    .put("startEpochMs", t0 + 3_000L * k)
                    .put("endEpochMs", t0 + 3_000L * (k + 1))
                    .put("ratePerSec", k == 1 ? 30_000 : 10_000);
        }
        profile.putArray("bursts")
                .addObject()
                .put("step", 1)
                .put("startEpochMs", t0 + 3_000)
                .put("endEpochMs", t0 + 6_000)
                .put("ratePerSec", 30_000)
                .put("preBurstBacklogEvents", 5_000.0)
                .put("peakBacklogEvents", 41_000.0)
                .put("peakLatencyMs", 2_900.0)
                .put("drainMs", 4_000)
                .put("sentEventsPerSec", 30_000.0)
                .put("intakeEventsPerSec", 18_000.0)
                .put("intakeCapped", true);
        ArrayNode intake = ((ArrayNode) workload.path("engineMetrics").path("series"))
                .addObject()
                .put("name", "intake.eventsPerSecond")
                .putArray("points");
        for (int s = 0; s < 9; s++) {
            intake.addArray().add(t0 + 1_000L * s).add(s >= 3 && s < 6 ? 18_000.0 : 10_000.0);
        }
    }

    /**
     * An experiments[] entry with hostile text wherever one carries text (claim, source, labels, knobs, variant
     * names, note), swept over two rates so the run page draws every experiment chart: run figures per variant,
     * latency against rate, and the per-subtask load of the Flink workload (its vertex name hostile too), which
     * the first run is matched to by its label.
     */
    private static void hostileExperiment(ObjectNode experiment, ObjectNode flinkWorkload, String evil) {
        ((ObjectNode) flinkWorkload.path("engineMetrics").path("summary"))
                .putObject("windowSubtaskLoad")
                .put("vertex", "window-count " + payload("vertex"))
                .put("maxOverMean", 1.17)
                .putArray("recordsInPerSubtask")
                .add(700_000L)
                .add(500_000L);
        String flinkLabel = "flink-" + HOSTILE_SCENARIO.replaceAll("[^A-Za-z0-9._-]", "_");
        String better = "a" + payload("variant");
        experiment
                .put("name", "hostile-experiment")
                .put("claim", "Reuse helps " + payload("experimentClaim"))
                .put("source", "a blog " + evil);
        experiment.putArray("engines").add("flink");
        experiment.put("file", "experiments/x.yaml").put("quick", false);
        experiment.putArray("order").add(flinkLabel).add("flink-x.b.at10000").add("flink-x.a.at20000" + evil);
        ArrayNode variants = experiment.putArray("variants");
        ObjectNode a = variants.addObject().put("name", better);
        a.putObject("knobs").put("flink.objectReuse", evil);
        hostileRun(a.putArray("runs"), flinkLabel, 1, 10_000, 118, 240);
        hostileRun((ArrayNode) a.path("runs"), "flink-x.a.at20000" + evil, 3, 20_000, 150, 380);
        ObjectNode b = variants.addObject().put("name", "b" + evil);
        b.putObject("knobs").put("flink.objectReuse", "false");
        hostileRun(b.putArray("runs"), "flink-x.b.at10000", 2, 10_000, 131, 290);
        hostileRun((ArrayNode) b.path("runs"), "flink-x.b.at20000", 4, 20_000, 170, 450);
        ObjectNode comparison = experiment
                .putArray("comparisons")
                .addObject()
                .put("claim", "Reuse helps " + payload("experimentClaim"))
                .put("engine", "flink")
                .put("metric", "latencyP99Ms")
                .put("better", better)
                .put("than", "b" + evil)
                .put("ratio", 1.2);
        comparison.putObject("interval").put("low", 1.1).put("high", 1.3);
        comparison.put("verdict", "confirmed").put("method", "welch-log-95").put("note", payload("experimentNote"));
        comparison.put("atRate", 10_000.0);
        experiment.put("verdict", "confirmed");
    }

    private static void hostileRun(ArrayNode runs, String label, int position, int rate, double p50, double p99) {
        ObjectNode run = runs.addObject()
                .put("engine", "flink")
                .put("repetition", 1)
                .put("position", position)
                .put("workload", label)
                .put("status", "OK");
        run.putObject("figures").put("latencyP50Ms", p50).put("latencyP99Ms", p99);
        run.put("rate", (double) rate);
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

    /** On one line, as small as the fixtures can be; the harness indents its result.json. */
    private static void write(Path dir, RunResult run) throws IOException {
        Json.MAPPER.writeValue(dir.resolve(run.runId() + ".json").toFile(), ResultJson.tree(run));
    }
}
