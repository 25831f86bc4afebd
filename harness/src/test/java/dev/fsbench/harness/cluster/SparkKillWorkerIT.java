package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.ClusterSettings;
import dev.fsbench.harness.cli.BenchCli;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.scenario.Scenario;
import dev.fsbench.harness.scenario.WorkloadDefaults;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EngineCluster#killWorker()} on a Spark standalone cluster while a DStreams job runs on it: the worker and
 * its executor are SIGKILLed (a lost machine), a replacement worker registers and the application gets an executor
 * on it, Spark reruns the lost tasks, and the run still counts every event exactly once.
 */
class SparkKillWorkerIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @Test
    void aKilledWorkerIsReplacedAndEveryEventIsStillCountedOnce(@TempDir Path dir) throws Exception {
        WorkloadSpec roles =
                WorkloadDefaults.toSpec(Scenario.empty(), "cli").withEngineProperties(Map.of("jvm.heap", "512m"));
        try (EngineCluster cluster = ClusterLaunchers.start(
                "spark-dstream",
                new ClusterRequest(
                        roles,
                        new ClusterSettings(ClusterSettings.STANDALONE, 2, 1, "1g"),
                        dir.resolve("cluster"),
                        BenchHome.locate()))) {
            Path runDir = dir.resolve("run");
            StringWriter err = new StringWriter();
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> runOn(cluster, runDir, err));

            awaitFile(runDir, "ready.json", run);
            List<ProcessHandle> executorsBefore = executors(cluster, 2, run);
            Thread.sleep(6_000); // past the 5 s warm-up, into the measured phase: a mid-run fault

            EngineCluster.ClusterProcess killed = cluster.killWorker();

            assertThat(killed.role()).isEqualTo("worker");
            assertThat(ProcessHandle.of(killed.pid())).as("the killed worker").isEmpty();
            List<ProcessHandle> itsExecutors =
                    executorsBefore.stream().filter(e -> !e.isAlive()).toList();
            assertThat(itsExecutors)
                    .as("the killed worker's executor died with it")
                    .hasSize(1);
            assertThat(cluster.processes().stream().filter(p -> p.role().equals("worker") && p.killedAtMs() == null))
                    .as("the replacement registered beside the surviving worker")
                    .hasSize(2)
                    .noneMatch(p -> p.pid() == killed.pid());
            assertThat(cluster.processes().stream()
                            .filter(p -> p.killedAtMs() != null)
                            .map(EngineCluster.ClusterProcess::pid))
                    .as("the killed worker and its executor stay listed, marked killed")
                    .containsExactlyInAnyOrder(killed.pid(), itsExecutors.get(0).pid());
            Set<Long> before = executorsBefore.stream().map(ProcessHandle::pid).collect(Collectors.toSet());
            assertThat(executors(cluster, 2, run))
                    .as("the application got an executor on the replacement worker")
                    .anyMatch(e -> !before.contains(e.pid()));

            int exit = run.get();
            JsonNode workload = new ObjectMapper()
                    .readTree(runDir.resolve("result.json").toFile())
                    .path("workloads")
                    .path(0);
            assertThat(exit)
                    .as("exit code; stderr: %s; %s", err, workload.path("failureReason"))
                    .isZero();
            JsonNode verification = workload.path("verification");
            assertThat(verification.path("passed").asBoolean())
                    .as("verification %s", verification)
                    .isTrue();
            assertThat(verification.path("eventsCounted").asLong())
                    .isEqualTo(verification.path("eventsExpected").asLong())
                    .isPositive();
            SparkStandaloneClusterIT.assertScheduledPerBatch("spark-dstream", workload);
        }
        assertThat(SparkStandaloneClusterIT.processesUnder(dir)).as("JVMs left").isEmpty();
    }

    /** A DStreams run submitted to {@code cluster} through --spark-master, as a user's own cluster is used. */
    private static int runOn(EngineCluster cluster, Path runDir, StringWriter err) {
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--engines",
                "spark-dstream",
                "--output",
                runDir.toString(),
                "--quiet",
                "--rate",
                "300",
                "--warmup",
                "5s",
                "--duration",
                "10s",
                "--vocabulary",
                "50",
                "--window-size",
                "2s",
                "-P",
                "spark.batchIntervalMs=500",
                "-P",
                "jvm.heap=512m",
                "-P",
                "harness.completionTimeoutMs=120000"));
        cluster.submitProperties().forEach((key, value) -> args.addAll(List.of("-P", key + "=" + value)));
        var cli = BenchCli.commandLine();
        cli.setErr(new PrintWriter(err));
        return cli.execute(args.toArray(String[]::new));
    }

    /** Waits until the cluster runs {@code count} executors (or more); fails if the run ended first. */
    private static List<ProcessHandle> executors(EngineCluster cluster, int count, CompletableFuture<Integer> run)
            throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            List<ProcessHandle> running = cluster.processes().stream()
                    .filter(p -> p.role().equals("executor"))
                    .flatMap(p -> ProcessHandle.of(p.pid()).stream())
                    .filter(ProcessHandle::isAlive)
                    .toList();
            if (running.size() >= count) {
                return running;
            }
            assertThat(run).as("the run ended before %d executors ran", count).isNotDone();
            assertThat(System.nanoTime()).as("%d executors running", count).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static void awaitFile(Path dir, String name, CompletableFuture<Integer> run) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!containsFile(dir, name)) {
            assertThat(run).as("the run ended before %s was written", name).isNotDone();
            assertThat(System.nanoTime()).as("%s written", name).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static boolean containsFile(Path dir, String name) throws Exception {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().equals(name));
        }
    }
}
