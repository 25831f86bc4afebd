package dev.fsbench.harness.knobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.KnobException;
import dev.fsbench.harness.cli.BenchCli;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.WorkloadPlan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The engines' own registries judge pass-through keys, in the engines' JVMs (needs flink-bench, spark-bench,
 * spark4-bench and kafka-streams-bench built).
 */
class EngineSettingsCheckIT {

    private static List<WorkloadPlan> plans(String engine, Map<String, String> properties) {
        WorkloadSpec spec = new WorkloadSpec(
                "test",
                1000,
                10_000,
                0,
                WindowSpec.tumbling(1000),
                100,
                KeyDistribution.UNIFORM,
                0,
                200,
                2,
                2,
                1,
                properties);
        return WorkloadPlan.expand(List.of(engine), List.of(spec), 1);
    }

    @Test
    void flinkRejectsATypoWithTheNearestKeyAndWarnsAboutWhatItCannotTell() throws Exception {
        assertThatThrownBy(() -> EngineSettingsCheck.run(
                        plans("flink", Map.of("flink.taskmanager.numberOfTaskSlotz", "2")),
                        BenchHome.locate(),
                        new Console(System.out, true)))
                .isInstanceOf(KnobException.class)
                .hasMessageContaining("flink.taskmanager.numberOfTaskSlotz")
                .hasMessageContaining("did you mean flink.taskmanager.numberOfTaskSlots?");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> unverified = EngineSettingsCheck.run(
                plans("flink", Map.of("flink.taskmanager.numberOfTaskSlots", "2", "flink.vendor.only.key", "x")),
                BenchHome.locate(),
                new Console(new PrintStream(out, true, StandardCharsets.UTF_8), true));
        assertThat(unverified).singleElement().asString().contains("flink.vendor.only.key");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("WARNING", "flink.vendor.only.key");
    }

    @Test
    void aMisspeltFlinkKeyOnTheCommandLineStopsTheRunBeforeTheBroker(@TempDir Path dir) {
        Path runDir = dir.resolve("run");
        CommandLine cli = BenchCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(
                "run",
                "--engines",
                "flink",
                "-P",
                "flink.taskmanager.numberOfTaskSlotz=2",
                "--output",
                runDir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("did you mean flink.taskmanager.numberOfTaskSlots?");
        assertThat(runDir).doesNotExist();
    }

    @Test
    void kafkaStreamsRejectsATypoWithTheNearestKeyAndKnowsItsClientKeys() throws Exception {
        assertThatThrownBy(() -> EngineSettingsCheck.run(
                        plans("kafka-streams", Map.of("kstreams.statestore.cache.max.byte", "0")),
                        BenchHome.locate(),
                        new Console(System.out, true)))
                .isInstanceOf(KnobException.class)
                .hasMessageContaining("did you mean kstreams.statestore.cache.max.bytes?");

        List<String> unverified = EngineSettingsCheck.run(
                plans(
                        "kafka-streams",
                        Map.of(
                                "kstreams.statestore.cache.max.bytes", "0",
                                "kstreams.producer.linger.ms", "5",
                                "kstreams.main.consumer.max.poll.records", "500")),
                BenchHome.locate(),
                new Console(System.out, true));
        assertThat(unverified).isEmpty();
    }

    @Test
    void sparkRejectsATypoWithTheNearestKey() {
        assertThatThrownBy(() -> EngineSettingsCheck.run(
                        plans("spark-structured", Map.of("spark.executor.memroy", "1g")),
                        BenchHome.locate(),
                        new Console(System.out, true)))
                .isInstanceOf(KnobException.class)
                .hasMessageContaining("did you mean spark.executor.memory?");
    }

    /** A setting Spark 4 added: Spark 4's registry judges spark4-structured's keys, Spark 3.5's spark-structured's. */
    @Test
    void spark4StructuredIsJudgedBySpark4sRegistry() throws Exception {
        Map<String, String> spark4Only = Map.of("spark.sql.streaming.stateStore.checkpointFormatVersion", "2");
        assertThat(EngineSettingsCheck.run(
                        plans("spark4-structured", spark4Only), BenchHome.locate(), new Console(System.out, true)))
                .isEmpty();
        assertThatThrownBy(() -> EngineSettingsCheck.run(
                        plans("spark-structured", spark4Only), BenchHome.locate(), new Console(System.out, true)))
                .isInstanceOf(KnobException.class)
                .hasMessageContaining("spark.sql.streaming.stateStore.checkpointFormatVersion");
    }
}
