package dev.fsbench.harness.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.harness.cli.BenchCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shared by the Spark end-to-end ITs: one {@code bench run} on the embedded broker, in process, at a modest
 * rate with out-of-order events, returning the workload's result. Needs spark-bench built (the reactor
 * builds it before the harness; alone: {@code mvn -pl spark-bench package -DskipTests}).
 */
abstract class SparkEndToEndIT {

    /** Spark's first micro-batch compiles its plan: slow on a busy 2-core CI machine, so be generous. */
    private static final String COMPLETION_TIMEOUT = "harness.completionTimeoutMs=120000";

    static JsonNode runWorkload(Path dir, String engine, String... extraArgs) throws Exception {
        Set<String> tempBefore = EngineTempFiles.inSystemTemp();
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--engines",
                engine,
                "--output",
                dir.toString(),
                "--quiet",
                "--rate",
                "300",
                "--warmup",
                "5s",
                "--duration",
                "10s",
                "--out-of-orderness",
                "300ms",
                "--vocabulary",
                "50",
                "-P",
                COMPLETION_TIMEOUT));
        args.addAll(List.of(extraArgs));
        var cli = BenchCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args.toArray(String[]::new));
        JsonNode result = new ObjectMapper().readTree(dir.resolve("result.json").toFile());
        JsonNode workload = result.path("workloads").path(0);
        assertThat(exit)
                .as("bench run exit code; stderr: %s; failure: %s", err, workload.path("failureReason"))
                .isZero();
        assertThat(workload.path("status").asText()).isEqualTo("OK");
        // spark.local.dir and the JVM's java.io.tmpdir were the engine's temp dir, deleted after its JVM
        assertThat(EngineTempFiles.leftUnder(dir)).as("engine temp dirs left").isEmpty();
        assertThat(EngineTempFiles.inSystemTemp())
                .as("new engine files in " + EngineTempFiles.systemTemp())
                .isSubsetOf(tempBefore);
        return workload;
    }

    static Set<String> seriesNames(JsonNode workload) {
        Set<String> names = new HashSet<>();
        workload.path("engineMetrics")
                .path("series")
                .forEach(series -> names.add(series.path("name").asText()));
        return names;
    }

    static void assertUiOnLoopback(JsonNode workload) {
        assertThat(workload.path("engineInfo").path("webUi").asText()).startsWith("http://127.0.0.1:");
    }
}
