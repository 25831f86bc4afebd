package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.harness.cli.BenchCli;
import dev.fsbench.harness.engine.EngineTempFiles;
import dev.fsbench.harness.run.BaselineEndToEndIT;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench run --cluster standalone} on Structured Streaming: the harness starts a Spark Master and two Workers,
 * the job's driver (the engine JVM) submits to the master, the workers launch its executors, and every window
 * verifies. (The launch is the same for both Spark engines; DStreams runs on a standalone cluster in
 * SparkKillWorkerIT, one run each keeping CI short.) Every JVM of the deployment is in {@code processes[]} with its role, the executors with
 * the flight recording each made; no Spark JVM outlives the run.
 */
class SparkStandaloneClusterIT {

    @Test
    void structuredStreamingVerifiesEveryWindowOnAMasterAndTwoWorkers(@TempDir Path dir) throws Exception {
        Set<String> tempBefore = EngineTempFiles.inSystemTemp();
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--engines",
                "spark-structured",
                "--cluster",
                "standalone",
                "--output",
                dir.toString(),
                "--quiet",
                "--rate",
                "300",
                "--warmup",
                "3s",
                "--duration",
                "6s",
                "--out-of-orderness",
                "300ms",
                "--vocabulary",
                "50",
                "-P",
                "cluster.workers=2",
                "-P",
                "cluster.slotsPerWorker=1",
                "-P",
                "jvm.heap=512m",
                // Structured Streaming's first micro-batch compiles its plan: slow on a busy 2-core machine
                "-P",
                "harness.completionTimeoutMs=120000"));
        var cli = BenchCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute(args.toArray(String[]::new));

        JsonNode result = new ObjectMapper().readTree(dir.resolve("result.json").toFile());
        assertThat(exit)
                .as("exit code; stderr: %s; result: %s", err, result.path("workloads"))
                .isZero();
        BaselineEndToEndIT.assertValidAgainstSchema(dir.resolve("result.json"));
        assertThat(result.path("workloads")).hasSize(1);
        for (JsonNode workload : result.path("workloads")) {
            String engine = workload.path("engine").asText();
            assertThat(workload.path("status").asText())
                    .as("%s: %s", engine, workload.path("failureReason"))
                    .isEqualTo("OK");
            JsonNode verification = workload.path("verification");
            assertThat(verification.path("passed").asBoolean())
                    .as("%s verification %s", engine, verification)
                    .isTrue();
            assertThat(verification.path("mode").asText())
                    .isEqualTo(engine.equals("spark-dstream") ? "conservation" : "exact");
            assertDeployedOnTheCluster(engine, workload, dir);
            assertScheduledPerBatch(engine, workload);
        }
        assertThat(processesUnder(dir)).as("JVMs of this run still alive").isEmpty();
        assertThat(EngineTempFiles.leftUnder(dir)).as("engine temp dirs left").isEmpty();
        assertThat(EngineTempFiles.inSystemTemp())
                .as("new engine files in " + EngineTempFiles.systemTemp())
                .isSubsetOf(tempBefore);
    }

    /** The driver, the master, two workers and the executors the workers launched, each with its recording. */
    private static void assertDeployedOnTheCluster(String engine, JsonNode workload, Path runDir) {
        List<String> roles = new ArrayList<>();
        workload.path("processes")
                .forEach(process -> roles.add(process.path("role").asText()));
        assertThat(roles)
                .as("%s processes[]", engine)
                .containsOnlyOnce("driver", "master")
                .containsOnly("driver", "master", "worker", "executor");
        assertThat(roles.stream().filter("worker"::equals)).hasSize(2);
        assertThat(roles.stream().filter("executor"::equals))
                .as("one executor per worker (1 core each, 2 cores asked for)")
                .hasSize(2);
        for (JsonNode process : workload.path("processes")) {
            String name = process.path("name").asText();
            assertThat(process.path("pid").asLong()).as(name).isPositive();
            if (process.path("role").asText().equals("executor")) {
                assertThat(name).matches("executor-[0-9]+");
                // the executor's own recording, dumped when it exited at the application's end
                assertThat(process.path("jfrFile").asText()).as(name).endsWith("cluster/" + name + ".jfr");
                Path recording = runDir.resolve(process.path("jfrFile").asText());
                assertThat(recording).isNotEmptyFile();
                // the workers launched it from the SPARK_HOME of links the harness made next to the recordings
                assertThat(recording.resolveSibling("spark-home").resolve("jars"))
                        .isDirectory();
                assertThat(process.path("cpu").isObject()).as("%s cpu", name).isTrue();
            }
        }
        assertThat(workload.path("engineInfo").path("clusterWebUi").asText()).startsWith("http://127.0.0.1:");
    }

    /** Tasks launched every batch, and the source partitions' placement followed over more than one batch. */
    static void assertScheduledPerBatch(String engine, JsonNode workload) {
        JsonNode placement = workload.path("engineMetrics").path("summary").path("placement");
        assertThat(placement.path("kind").asText())
                .as("%s placement %s", engine, placement)
                .isEqualTo("per-batch");
        assertThat(placement.path("batches").asLong())
                .as("%s placement %s", engine, placement)
                .isGreaterThan(1);
        assertThat(placement.path("partitions").size())
                .as("%s placement %s", engine, placement)
                .isPositive();
        assertThat(placement.path("executors").asInt())
                .as("%s placement %s", engine, placement)
                .isBetween(1, 2);
        assertThat(placement.path("schedulerDelayMs").path("max").isNumber()).isTrue();
        List<Double> launched = new ArrayList<>();
        for (JsonNode series : workload.path("engineMetrics").path("series")) {
            if (series.path("name").asText().equals("spark.tasksLaunchedPerSecond")) {
                series.path("points").forEach(point -> launched.add(point.get(1).asDouble()));
            }
        }
        assertThat(launched).as("%s tasks launched per second", engine).anyMatch(perSecond -> perSecond > 0);
    }

    /** Live processes whose command line names a path under {@code dir}: every JVM this run started does. */
    static List<String> processesUnder(Path dir) {
        String marker = dir.toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .filter(line -> line.contains(marker))
                .toList();
    }
}
