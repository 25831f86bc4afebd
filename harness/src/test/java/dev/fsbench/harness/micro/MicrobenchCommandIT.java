package dev.fsbench.harness.micro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.harness.engine.BenchHome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The real jars, end to end, on their cheapest benchmarks: forks, JSON, size tables, result.json, cleanup. */
class MicrobenchCommandIT {

    @Test
    void runsBothJarsAndWritesTheSection(@TempDir Path output) throws Exception {
        BenchHome home = BenchHome.locate();
        for (MicrobenchJar jar : MicrobenchJar.values()) {
            boolean built = Files.isRegularFile(
                    home.module(jar == MicrobenchJar.FLINK ? "serialization-bench" : "serialization-bench-spark")
                            .resolve("target/benchmarks.jar"));
            if (!built) {
                System.out.println("SKIPPED MicrobenchCommandIT: " + jar.label() + " benchmarks.jar not built");
            }
            assumeTrue(built, jar.label() + " benchmarks.jar not built");
        }
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int exit = new CommandLine(new MicrobenchCommand(new PrintStream(console, true, StandardCharsets.UTF_8)))
                .execute("--profile", "quick", "--include", "Serialization\\.baseline$", "--output", output.toString());

        String printed = console.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("[jmh-flink] # Run progress").contains("[jmh-spark] # Benchmark:");
        assertThat(output.resolve("jmh-flink.json")).isRegularFile();
        assertThat(output.resolve("jmh-spark.json")).isRegularFile();
        JsonNode result =
                new ObjectMapper().readTree(output.resolve("result.json").toFile());
        assertThat(result.path("status").asText()).isEqualTo("OK");
        assertThat(result.path("workloads")).isEmpty();
        assertThat(result.path("environment")
                        .path("engineVersions")
                        .path("flink")
                        .asText())
                .isEqualTo("2.2.1");
        assertThat(result.path("environment")
                        .path("engineVersions")
                        .path("spark")
                        .asText())
                .isEqualTo("3.5.3");
        JsonNode micro = result.path("microbenchmarks");
        assertThat(micro.path("results")).hasSize(2);
        assertThat(micro.path("results").findValuesAsText("benchmark"))
                .containsExactlyInAnyOrder(
                        "dev.fsbench.serialization.flink.FlinkSerialization.baseline",
                        "dev.fsbench.serialization.spark.SparkSerialization.baseline");
        assertThat(micro.path("results").get(0).path("score").asDouble()).isPositive();
        assertThat(micro.path("claims").findValuesAsText("metric"))
                .as("size claims come from the size tables, so they exist without timing figures")
                .contains("serializedBytes per record spark-java-stream / spark-kryo-registered-stream, word-event");
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .count())
                .as("no JMH or size-table JVM left behind")
                .isZero();
    }
}
