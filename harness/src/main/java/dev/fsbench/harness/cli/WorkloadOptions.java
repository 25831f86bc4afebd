package dev.fsbench.harness.cli;

import dev.fsbench.api.knobs.BindSettings;
import dev.fsbench.api.knobs.FlinkSettings;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.api.knobs.SparkSettings;
import dev.fsbench.harness.scenario.DurationText;
import dev.fsbench.harness.scenario.Scenario;
import dev.fsbench.harness.scenario.ScenarioName;
import dev.fsbench.harness.scenario.ScenarioReader;
import dev.fsbench.harness.scenario.WorkloadDefaults;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The workload flags `run` and `capacity` share (a picocli mixin): which engines, which scenario, and every
 * workload and engine setting that overrides it. Values: defaults &lt; --scenario &lt; flags.
 */
public final class WorkloadOptions {

    /** The knob {@code --latency-slo} sets (HarnessSettings, added with the sustain rule). */
    static final String LATENCY_SLO_KNOB = "harness.latencySloMs";

    @Option(
            names = "--engines",
            split = ",",
            paramLabel = "ENGINE",
            description =
                    "Engines to run, in order: baseline, flink, spark-structured, spark-dstream, kafka-streams, spark4-structured (default: baseline).")
    List<String> engines;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario YAML (see scenarios/).")
    Path scenarioFile;

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

    @Option(
            names = "--latency-slo",
            paramLabel = "DURATION",
            description = "Latency objective: a load whose p99 exceeds it is not sustained (default: none).")
    String latencySlo;

    @Option(
            names = "--fault",
            paramLabel = "KIND@TIME",
            description = "Inject a fault during the measured phase, TIME from its start (e.g. kill-engine@20s;"
                    + " kinds: kill-engine, kill-worker, add-partitions); repeatable; replaces the scenario's"
                    + " faults (docs/failures.md).")
    List<String> faults;

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
            names = "--bind-address",
            paramLabel = "ADDRESS",
            description = "Where the engines' listeners (Spark driver and UI, Flink REST, JobManager, TaskManager)"
                    + " bind, instead of 127.0.0.1; only then may -P settings such as spark.driver.bindAddress"
                    + " or flink.rest.bind-address change them (harness.bindAddress).")
    String bindAddress;

    @Option(
            names = "--advertised-host",
            paramLabel = "HOST",
            description = "The address other hosts reach this machine at: the Spark driver's host (executors"
                    + " connect back to it) and the embedded broker's advertised listener. Default: the bind"
                    + " address, or 127.0.0.1 when that is 0.0.0.0 (harness.advertisedHost).")
    String advertisedHost;

    @Mixin
    ClusterOption cluster = new ClusterOption();

    /** The scenario file (if any) merged with these flags and the command's own {@code rate} and {@code repeat}. */
    Scenario merged(Long rate, Integer repeat) {
        Scenario fromFile = scenarioFile == null ? Scenario.empty() : ScenarioReader.read(scenarioFile);
        return WorkloadDefaults.merge(fromFile, asScenario(rate, repeat));
    }

    /** The scenario's name when the file does not give one: the file's name, or "cli" without a file. */
    String defaultScenarioName() {
        return scenarioFile == null ? "cli" : ScenarioName.fromFileName(scenarioFile);
    }

    private Scenario asScenario(Long rate, Integer repeat) {
        Map<String, String> props = new LinkedHashMap<>(engineProperties);
        if (flinkRest != null) {
            props.put(FlinkSettings.REST.key(), flinkRest);
        }
        if (sparkMaster != null) {
            props.put(SparkSettings.MASTER.key(), sparkMaster);
        }
        if (advertisedHost != null) {
            props.put(BindSettings.ADVERTISED_HOST.key(), advertisedHost);
        }
        props.putAll(cluster.properties());
        if (bindAddress != null) {
            props.put(BindSettings.BIND_ADDRESS.key(), bindAddress);
        }
        if (faults != null && !faults.isEmpty()) {
            props.put(HarnessSettings.FAULTS.key(), String.join(",", faults));
        }
        if (latencySlo != null) {
            long sloMs = DurationText.toMillis("--latency-slo", latencySlo);
            if (sloMs <= 0) {
                throw new IllegalArgumentException("--latency-slo must be > 0, got " + latencySlo);
            }
            props.put(LATENCY_SLO_KNOB, Long.toString(sloMs));
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
}
