package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.harness.kafka.KafkaBackends;
import dev.fsbench.harness.kafka.KafkaOptions;
import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.harness.run.BaselineEndToEndIT;
import dev.fsbench.harness.run.BenchmarkRun;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.WorkloadPlan;
import dev.fsbench.results.ProcessFigures;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --cluster standalone} on Flink through the real run loop: a JobManager and two TaskManagers started by the
 * harness run the tumbling workload, submitted through flink.rest; every window verifies, every JVM of the
 * deployment is in processes[] with its own recording, the cost sums them, and no JVM or temp dir outlives the run.
 */
class FlinkStandaloneClusterIT {

    @Test
    void aJobManagerAndTwoTaskManagersRunTheTumblingWorkloadWithEveryWindowVerified(@TempDir Path runDir)
            throws Exception {
        List<ProcessHandle> before = ProcessHandle.current().descendants().toList();
        WorkloadSpec spec = new WorkloadSpec(
                "standalone",
                2_000,
                10_000,
                3_000,
                WindowSpec.tumbling(1000),
                500,
                KeyDistribution.UNIFORM,
                1.1,
                200,
                2,
                2,
                13,
                0,
                Map.of("jvm.heap", "512m", "cluster.mode", "standalone", "cluster.workers", "2"));

        RunResult result = new BenchmarkRun(
                        "flink-standalone-it",
                        runDir,
                        List.of(new WorkloadPlan(EngineDrivers.byName("flink"), spec, 1)),
                        KafkaBackends.create(KafkaBackends.EMBEDDED, KafkaOptions.defaults()),
                        BenchHome.locate(),
                        new Console(System.out, true))
                .execute();

        WorkloadResult workload = result.workloads().get(0);
        assertThat(workload.status()).as(workload.failureReason()).isEqualTo(RunStatus.OK);
        assertThat(workload.verification().passed()).isTrue();
        assertThat(workload.verification().windowsExpected()).isGreaterThan(1_000);
        assertThat(workload.verification().windowsCorrect())
                .isEqualTo(workload.verification().windowsExpected());
        assertThat(workload.verification().windowsDuplicated()).isZero();
        BaselineEndToEndIT.assertValidAgainstSchema(runDir.resolve(ResultWriter.RESULT_FILE));
        // deployed once: every subtask stayed on the TaskManager it was deployed to, one attempt each
        var placement = workload.engineMetrics().summary().get("placement");
        assertThat(placement.path("kind").asText())
                .as("placement %s", placement)
                .isEqualTo("deploy-once");
        assertThat(placement.path("subtasks").asInt())
                .as("placement %s", placement)
                .isPositive();
        assertThat(placement.path("moves").asLong())
                .as("placement %s", placement)
                .isZero();
        assertThat(placement.path("deployments").asInt())
                .as("placement %s", placement)
                .isEqualTo(1);

        // the job went to the cluster, not to a MiniCluster in the engine JVM
        assertThat(workload.engineInfo().get("clusterWebUi").asText()).startsWith("http://127.0.0.1:");
        assertThat(workload.engineInfo().get("restUrl").asText())
                .isEqualTo(workload.engineInfo().get("clusterWebUi").asText());
        assertThat(workload.config().engineProperties()).doesNotContainKey("flink.rest");

        List<ProcessFigures> processes = workload.processes();
        assertThat(processes)
                .extracting(ProcessFigures::role)
                .containsExactly("client", "jobmanager", "taskmanager", "taskmanager");
        assertThat(processes)
                .extracting(ProcessFigures::name)
                .containsExactly("engine", "jobmanager", "taskmanager-1", "taskmanager-2");
        assertThat(processes)
                .extracting(ProcessFigures::pid)
                .doesNotHaveDuplicates()
                .allMatch(pid -> pid > 0);
        for (ProcessFigures process : processes) {
            assertThat(runDir.resolve(process.jfrFile())).as(process.name()).isRegularFile();
            assertThat(process.cpu()).as(process.name()).isNotNull();
            assertThat(process.gc()).as(process.name()).isNotNull();
        }
        // the cost is the deployment's: all four JVMs' CPU, not the client's alone
        double clusterShare = processes.stream()
                .mapToDouble(p -> p.cpu().processCpuShareMean())
                .sum();
        assertThat(workload.cost().engineCpuCores())
                .isCloseTo(
                        clusterShare * Runtime.getRuntime().availableProcessors(),
                        org.assertj.core.data.Offset.offset(0.01))
                .isGreaterThan(workload.cpu().processCpuShareMean()
                        * Runtime.getRuntime().availableProcessors());

        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> !before.contains(p)))
                .as("JVMs left running")
                .isEmpty();
        try (Stream<Path> files = Files.list(runDir.resolve("flink-standalone/cluster"))) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith("-tmp")))
                    .as("cluster JVMs' temp dirs")
                    .isEmpty();
        }
    }
}
