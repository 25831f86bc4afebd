package dev.fsbench.harness.knobs;

import dev.fsbench.api.knobs.EngineKeyCheck;
import dev.fsbench.api.knobs.Engines;
import dev.fsbench.api.knobs.FlinkSettings;
import dev.fsbench.api.knobs.KafkaStreamsSettings;
import dev.fsbench.api.knobs.KnobException;
import dev.fsbench.api.knobs.PassThrough;
import dev.fsbench.api.knobs.SparkSettings;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.FlinkEngineDriver;
import dev.fsbench.harness.engine.KafkaStreamsEngineDriver;
import dev.fsbench.harness.engine.SparkEngineDriver;
import dev.fsbench.harness.engine.SparkStructuredEngineDriver;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.process.TempDirectory;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.WorkloadPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the engines' pass-through settings (any Flink, Spark or Kafka Streams key) against each engine's own registry, in a
 * short JVM on that engine's classpath, before the broker starts: a key the engine does not know but is near one
 * it does stops the run (exit code 2); a key the engine cannot tell about is warned about and returned, for the
 * result's warnings.
 */
public final class EngineSettingsCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private EngineSettingsCheck() {}

    /**
     * @return one warning per setting the engine could not verify (empty when every key is known)
     * @throws KnobException naming every key an engine rejected
     */
    public static List<String> run(List<WorkloadPlan> plans, BenchHome home, Console console)
            throws InterruptedException {
        List<String> unknown = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        // Spark 4's registry judges the Spark keys of spark4-structured, Spark 3.5's those of the other Spark engines
        Map<Boolean, List<WorkloadPlan>> bySpark4 = plans.stream()
                .collect(Collectors.partitioningBy(plan -> plan.engine().name().equals(Engines.SPARK4_STRUCTURED)));
        for (boolean spark4 : List.of(false, true)) {
            String sparkModule = spark4 ? SparkStructuredEngineDriver.SPARK4_MODULE : SparkEngineDriver.MODULE;
            for (Map.Entry<PassThrough, Set<String>> family :
                    KnobPlanner.passThroughKeys(bySpark4.get(spark4)).entrySet()) {
                lines.addAll(check(family.getKey(), family.getValue(), home, sparkModule));
            }
        }
        for (String line : lines) {
            String[] parts = line.split("\t", 3);
            if (parts.length < 3) {
                continue;
            }
            String message = parts[1] + ": " + parts[2];
            if (EngineKeyCheck.UNKNOWN.equals(parts[0])) {
                unknown.add(message);
            } else if (EngineKeyCheck.UNVERIFIED.equals(parts[0])) {
                unverified.add("unverified setting " + message);
            }
        }
        if (!unknown.isEmpty()) {
            throw new KnobException(String.join("\n", unknown));
        }
        unverified.forEach(console::warn);
        return unverified;
    }

    private static List<String> check(PassThrough family, Set<String> knobKeys, BenchHome home, String sparkModule)
            throws InterruptedException {
        ForkedJvm.Spec spec;
        try (TempDirectory logs = TempDirectory.create("fsbench-settings-check")) {
            if (family == FlinkSettings.CONFIGURATION) {
                spec = new ForkedJvm.Spec(
                        "flink-settings-check",
                        "dev.fsbench.flink.FlinkSettingsCheck",
                        home.moduleClasspath(FlinkEngineDriver.MODULE),
                        List.of(),
                        List.copyOf(knobKeys),
                        Map.of(),
                        logs.path());
            } else if (family == SparkSettings.CONFIGURATION) {
                spec = new ForkedJvm.Spec(
                        "spark-settings-check",
                        "dev.fsbench.spark.SparkSettingsCheck",
                        home.moduleClasspath(sparkModule),
                        SparkEngineDriver.sparkJvmOptions(home, sparkModule),
                        List.copyOf(knobKeys),
                        Map.of("SPARK_LOCAL_IP", "127.0.0.1"),
                        logs.path());
            } else if (family == KafkaStreamsSettings.CONFIGURATION) {
                spec = new ForkedJvm.Spec(
                        "kafka-streams-settings-check",
                        "dev.fsbench.kstreams.KafkaStreamsSettingsCheck",
                        home.moduleClasspath(KafkaStreamsEngineDriver.MODULE),
                        List.of(),
                        List.copyOf(knobKeys),
                        Map.of(),
                        logs.path());
            } else {
                throw new IllegalStateException("no settings check for " + family.prefix() + "* keys");
            }
            return runToEnd(spec);
        }
    }

    private static List<String> runToEnd(ForkedJvm.Spec spec) throws InterruptedException {
        try (ForkedJvm jvm = ForkedJvm.start(spec)) {
            if (!jvm.waitFor(TIMEOUT)) {
                throw new IllegalStateException(spec.label() + " did not finish within " + TIMEOUT.toSeconds() + " s");
            }
            int exit = jvm.exitCode().orElse(-1);
            if (exit != EngineKeyCheck.EXIT_OK && exit != EngineKeyCheck.EXIT_UNKNOWN) {
                throw new IllegalStateException(
                        spec.label() + " failed with exit code " + exit + ":\n" + jvm.outputTail(20));
            }
            return Files.readAllLines(jvm.stdoutFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + spec.label(), e);
        }
    }
}
