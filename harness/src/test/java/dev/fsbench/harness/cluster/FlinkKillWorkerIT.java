package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.ClusterSettings;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.harness.kafka.KafkaBackends;
import dev.fsbench.harness.kafka.KafkaOptions;
import dev.fsbench.harness.run.BenchmarkRun;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.WorkloadPlan;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EngineCluster#killWorker()} on a running Flink standalone cluster in the measured phase (what {@code
 * --fault kill-worker} does): one TaskManager is SIGKILLed, a replacement starts, the job restarts from its last
 * checkpoint, and with the exactly-once sink every window still verifies, none twice. (The windows the outage
 * held back arrive after the load, while the harness waits for them: the workload is OK, not sustained.)
 */
class FlinkKillWorkerIT {

    /** How far into the measured phase the TaskManager is killed: a checkpoint has completed by then. */
    private static final long KILL_AFTER_MS = 3_000;

    @Test
    void aKilledTaskManagerIsReplacedAndEveryWindowStillVerifiesOnce(@TempDir Path runDir) throws Exception {
        Map<String, String> properties = new HashMap<>(Map.of(
                "jvm.heap", "512m",
                "flink.deliveryGuarantee", "exactly-once",
                "flink.checkpointIntervalMs", "2000"));
        WorkloadSpec spec = new WorkloadSpec(
                "kill-worker",
                2_000,
                15_000,
                3_000,
                WindowSpec.tumbling(1000),
                500,
                KeyDistribution.UNIFORM,
                1.1,
                200,
                2,
                2,
                17,
                0,
                properties);
        BenchHome home = BenchHome.locate();
        List<ProcessHandle> before = ProcessHandle.current().descendants().toList();
        AtomicReference<EngineCluster.ClusterProcess> killed = new AtomicReference<>();
        List<EngineCluster.ClusterProcess> after;
        RunResult result;
        try (EngineCluster cluster = ClusterLaunchers.start(
                "flink",
                new ClusterRequest(
                        spec, ClusterSettings.of(spec), ClusterRequest.dirOf(runDir.resolve("cluster")), home))) {
            // the job goes to this cluster as to a user's (flink.rest); the test holds the cluster to kill a worker
            properties.putAll(cluster.submitProperties());
            PrintStream console = onFirstLine(" measure ", () -> {
                sleep(KILL_AFTER_MS);
                killed.set(cluster.killWorker());
            });
            result = new BenchmarkRun(
                            "flink-kill-worker-it",
                            runDir,
                            List.of(new WorkloadPlan(
                                    EngineDrivers.byName("flink"), spec.withEngineProperties(properties), 1)),
                            KafkaBackends.create(KafkaBackends.EMBEDDED, KafkaOptions.defaults()),
                            home,
                            new Console(console, false))
                    .execute();
            after = cluster.processes();
        }

        assertThat(killed.get()).as("a TaskManager was killed").isNotNull();
        assertThat(killed.get().role()).isEqualTo("taskmanager");
        assertThat(ProcessHandle.of(killed.get().pid())).isEmpty();
        // the replacement took its place: still a JobManager and two TaskManagers, one of them new
        assertThat(after)
                .extracting(EngineCluster.ClusterProcess::role)
                .containsExactlyInAnyOrder("jobmanager", "taskmanager", "taskmanager");
        assertThat(after)
                .extracting(EngineCluster.ClusterProcess::pid)
                .doesNotContain(killed.get().pid());

        WorkloadResult workload = result.workloads().get(0);
        assertThat(workload.status()).as(workload.failureReason()).isEqualTo(RunStatus.OK);
        assertThat(workload.engineMetrics().summary().get("numRestarts").asLong())
                .as("the job restarted after losing its TaskManager")
                .isPositive();
        // redeployed: a new attempt of every subtask, those of the lost TaskManager on another one
        var placement = workload.engineMetrics().summary().get("placement");
        assertThat(placement.path("deployments").asInt())
                .as("placement %s", placement)
                .isGreaterThan(1);
        assertThat(placement.path("moves").asLong())
                .as("placement %s", placement)
                .isPositive();
        assertThat(workload.verification().passed()).isTrue();
        assertThat(workload.verification().windowsCorrect())
                .isEqualTo(workload.verification().windowsExpected());
        assertThat(workload.verification().windowsDuplicated()).isZero();
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> !before.contains(p)))
                .as("JVMs left running")
                .isEmpty();
    }

    /** System.out that runs {@code action} on a thread of its own once a printed line contains {@code marker}. */
    private static PrintStream onFirstLine(String marker, Runnable action) {
        StringBuilder line = new StringBuilder();
        boolean[] fired = {false};
        OutputStream watching = new OutputStream() {
            @Override
            public synchronized void write(int b) {
                System.out.write(b);
                if (b != '\n') {
                    line.append((char) b);
                    return;
                }
                if (!fired[0] && line.toString().contains(marker)) {
                    fired[0] = true;
                    Thread thread = new Thread(action, "kill-worker");
                    thread.setDaemon(true);
                    thread.start();
                }
                line.setLength(0);
            }
        };
        return new PrintStream(watching, true, StandardCharsets.UTF_8);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
