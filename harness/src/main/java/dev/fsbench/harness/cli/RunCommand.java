package dev.fsbench.harness.cli;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.FlinkSettings;
import dev.fsbench.api.knobs.SparkSettings;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.kafka.KafkaOptions;
import dev.fsbench.harness.knobs.EngineSettingsCheck;
import dev.fsbench.harness.knobs.KnobPlanner;
import dev.fsbench.harness.run.BenchmarkRun;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.RunIds;
import dev.fsbench.harness.run.RunRequest;
import dev.fsbench.harness.run.WorkloadPlan;
import dev.fsbench.harness.scenario.Scenario;
import dev.fsbench.harness.scenario.ScenarioReader;
import dev.fsbench.harness.scenario.WorkloadDefaults;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** bench run: one run of one or more engines on one workload, written to a result directory. */
@Command(
        name = "run",
        header = "Runs engines on a workload and writes result.json.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Runs engines on a workload against Kafka and writes result.json (plus logs, latency histograms, "
                + "JFR recordings) to the output directory. Values: defaults < --scenario < flags.",
        footer = {
            "",
            "Examples:",
            "  bench run --engines baseline --rate 20000 --duration 30s --output /tmp/x",
            "  bench run --scenario scenarios/sliding-zipf.yaml --engines flink,spark-structured --reports reports",
            "  bench run --engines flink -P flink.objectReuse=true -P jvm.gc=parallel --output /tmp/reuse"
        })
public final class RunCommand implements Callable<Integer> {

    @Option(
            names = "--engines",
            split = ",",
            paramLabel = "ENGINE",
            description =
                    "Engines to run, in order: baseline, flink, spark-structured, spark-dstream (default: baseline).")
    List<String> engines;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario YAML (see scenarios/).")
    Path scenarioFile;

    @Option(names = "--rate", paramLabel = "EVENTS_PER_SEC", description = "Scheduled input rate (default 10000).")
    Long rate;

    @Option(
            names = "--rates",
            split = ",",
            paramLabel = "EVENTS_PER_SEC",
            description = {
                "Rate sweep: one workload per rate (scenario named <scenario>@<rate>), then a table of",
                "which rates each engine sustained (rate kept, every window verified, latency flat)."
            })
    List<Long> rates;

    @Option(names = "--duration", paramLabel = "DURATION", description = "Measured phase, e.g. 30s (default 30s).")
    String duration;

    @Option(names = "--warmup", paramLabel = "DURATION", description = "Warm-up, excluded from figures (default 10s).")
    String warmup;

    @Option(names = "--window-size", paramLabel = "DURATION", description = "Event-time window size (default 1s).")
    String windowSize;

    @Option(
            names = "--window-slide",
            paramLabel = "DURATION",
            description = "Window slide; < size means sliding (default = size).")
    String windowSlide;

    @Option(names = "--vocabulary", paramLabel = "N", description = "Distinct words (default 1000).")
    Integer vocabulary;

    @Option(names = "--distribution", paramLabel = "uniform|zipf", description = "Key distribution (default uniform).")
    String distribution;

    @Option(
            names = "--zipf-exponent",
            paramLabel = "S",
            description = "Zipf's s for --distribution zipf (default 1.0).")
    Double zipfExponent;

    @Option(
            names = "--out-of-orderness",
            paramLabel = "DURATION",
            description = "Max event-time disorder (default 200ms).")
    String outOfOrderness;

    @Option(
            names = "--partitions",
            paramLabel = "N",
            description = "Partitions of input and output topics (default 2).")
    Integer partitions;

    @Option(names = "--parallelism", paramLabel = "N", description = "Engine parallelism (default 2).")
    Integer parallelism;

    @Option(names = "--seed", paramLabel = "N", description = "Generator seed (default 42).")
    Long seed;

    @Option(
            names = "--payload-bytes",
            paramLabel = "N",
            description = "Padding carried by each input event, to match your record size (default 0).")
    Integer payloadBytes;

    @Option(names = "--repeat", paramLabel = "N", description = "Run each engine N times, for the spread (default 1).")
    Integer repeat;

    @Option(
            names = {"-P", "--engine-property"},
            paramLabel = "KEY=VALUE",
            description =
                    "Engine knob, e.g. flink.objectReuse=true, spark.serializer=kryo, jvm.heap=2g (list: bench knobs).")
    Map<String, String> engineProperties = new LinkedHashMap<>();

    @Option(
            names = "--flink-rest",
            paramLabel = "HOST:PORT",
            description = "Submit Flink jobs to this session cluster instead of a local MiniCluster.")
    String flinkRest;

    @Option(
            names = "--spark-master",
            paramLabel = "URL",
            description = "Spark master, e.g. spark://host:7077 (default local[parallelism]).")
    String sparkMaster;

    @Option(
            names = "--kafka",
            paramLabel = "BACKEND",
            defaultValue = "embedded",
            description =
                    "embedded (a real broker started here), container (Testcontainers), external. Default: ${DEFAULT-VALUE}.")
    String kafkaBackend;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]", description = "For --kafka external.")
    String bootstrapServers;

    @Option(
            names = "--kafka-property",
            paramLabel = "KEY=VALUE",
            description = "Client property for --kafka external (e.g. security.protocol=SASL_SSL).")
    Map<String, String> kafkaProperties = new LinkedHashMap<>();

    @Option(
            names = "--kafka-port",
            paramLabel = "PORT",
            defaultValue = "0",
            description = "Fixed port of the embedded broker on 127.0.0.1 (default: a free one).")
    int kafkaPort;

    @Option(names = "--output", paramLabel = "DIR", description = "Run directory: result.json and logs go here.")
    Path output;

    @Option(
            names = "--reports",
            paramLabel = "DIR",
            description = "Reports directory: the run goes to DIR/runs/<runId>/, DIR/latest points at it.")
    Path reports;

    @Option(names = "--run-id", paramLabel = "ID", description = "Run id (default: timestamp + random suffix).")
    String runId;

    @Option(
            names = {"-q", "--quiet"},
            description = "No per-second progress lines.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Console console = new Console(System.out, quiet);
        RunRequest request = plan(console);
        BenchHome home = BenchHome.locate();
        List<String> unverifiedSettings = EngineSettingsCheck.run(request.plans(), home, console);
        try {
            BenchmarkRun run = BenchmarkRun.of(request, kafkaBackend, kafkaOptions(), home, console);
            unverifiedSettings.forEach(run::warn);
            RunResult result = run.execute();
            request.publish(console);
            if (rates != null) {
                SweepTable.print(result, System.out);
            }
            console.info("result: %s (%s)", request.runDir().resolve("result.json"), result.status());
            return result.status() == RunStatus.OK ? BenchCli.EXIT_OK : BenchCli.EXIT_FAILED;
        } catch (BenchmarkRun.RunAbortedException e) {
            // Kafka could not be started or reached: a problem with the given settings, not a measurement
            System.err.println("error: " + e.getMessage());
            return BenchCli.EXIT_USAGE;
        }
    }

    /** The run as planned: every setting checked before anything starts (exit code 2 on bad input). */
    RunRequest plan(Console console) {
        if ((output == null) == (reports == null)) {
            throw new IllegalArgumentException("give exactly one of --output DIR or --reports DIR");
        }
        Scenario fromFile = scenarioFile == null ? Scenario.empty() : ScenarioReader.read(scenarioFile);
        Scenario merged = WorkloadDefaults.merge(fromFile, flagsAsScenario());
        String defaultName = scenarioFile == null
                ? "cli"
                : scenarioFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        WorkloadSpec spec = WorkloadDefaults.toSpec(merged, defaultName);
        int repetitions = WorkloadDefaults.repeat(merged);
        if (rates != null && rate != null) {
            throw new IllegalArgumentException("give --rate or --rates, not both");
        }
        List<WorkloadSpec> specs = rates == null
                ? List.of(spec)
                : rates.stream()
                        .map(r -> spec.withRate(r).withScenario(spec.scenario() + "@" + r))
                        .toList();
        List<WorkloadPlan> plans =
                KnobPlanner.plan(WorkloadPlan.expand(WorkloadDefaults.engines(merged), specs, repetitions), console);
        String id = runId != null ? RunIds.validate(runId) : RunIds.next();
        return output != null ? RunRequest.toDirectory(id, output, plans) : RunRequest.toReports(id, reports, plans);
    }

    private Scenario flagsAsScenario() {
        Map<String, String> props = new LinkedHashMap<>(engineProperties);
        if (flinkRest != null) {
            props.put(FlinkSettings.REST.key(), flinkRest);
        }
        if (sparkMaster != null) {
            props.put(SparkSettings.MASTER.key(), sparkMaster);
        }
        Scenario.WindowText window =
                windowSize == null && windowSlide == null ? null : new Scenario.WindowText(windowSize, windowSlide);
        return new Scenario(
                        null,
                        null,
                        engines,
                        rate,
                        duration,
                        warmup,
                        window,
                        vocabulary,
                        distribution,
                        zipfExponent,
                        outOfOrderness,
                        partitions,
                        parallelism,
                        seed,
                        repeat,
                        props)
                .withPayloadBytes(payloadBytes);
    }

    private KafkaOptions kafkaOptions() {
        return new KafkaOptions(bootstrapServers, kafkaProperties, kafkaPort, null, KafkaOptions.DEFAULT_START_TIMEOUT);
    }
}
