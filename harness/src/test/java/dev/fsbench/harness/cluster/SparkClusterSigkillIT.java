package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.run.HarnessInMeasuredPhase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL of a real {@code bench run --cluster standalone --engines spark-structured} in its measured phase, the
 * harness's process alone (its children are left to themselves): the Master and Workers see their stdin close and
 * exit, each Worker ending its executor from its shutdown hook; with the broker and the driver, no JVM the run
 * started outlives it.
 */
class SparkClusterSigkillIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @Test
    void noMasterWorkerOrExecutorSurvivesASigkilledHarness(@TempDir Path dir) throws Exception {
        HarnessInMeasuredPhase running = HarnessInMeasuredPhase.start(
                dir,
                List.of(
                        "--engines",
                        "spark-structured",
                        "--cluster",
                        "standalone",
                        "--rate",
                        "300",
                        "--duration",
                        "120s",
                        "--warmup",
                        "1s",
                        "-P",
                        "jvm.heap=512m"));
        ForkedJvm harness = running.harness();
        List<ProcessHandle> sparkJvms = List.of();
        try {
            sparkJvms = awaitSparkJvms(harness);
            // at least these roles (a short-lived helper process of a worker may show up once more)
            Map<String, Long> roles = sparkJvms.stream()
                    .collect(Collectors.groupingBy(SparkClusterSigkillIT::role, Collectors.counting()));
            assertThat(roles).as("master, two workers, two executors: " + roles).containsEntry("master", 1L);
            assertThat(roles.get("worker")).as("workers").isGreaterThanOrEqualTo(2L);
            assertThat(roles.get("executor")).as("executors").isGreaterThanOrEqualTo(2L);

            ProcessHandle.of(harness.pid()).orElseThrow().destroyForcibly(); // SIGKILL to the harness only
            assertThat(harness.waitFor(Duration.ofSeconds(30))).isTrue();

            // the driver (the engine JVM) stops its job first, which may take its graceful stop's 30 s
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (Stream.concat(sparkJvms.stream(), running.children().stream())
                            .anyMatch(ProcessHandle::isAlive)
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            for (ProcessHandle jvm : sparkJvms) {
                assertThat(jvm.isAlive())
                        .as("Spark %s JVM %d", role(jvm), jvm.pid())
                        .isFalse();
            }
            running.assertNoChildLeft();
            assertThat(SparkStandaloneClusterIT.processesUnder(dir))
                    .as("JVMs left")
                    .isEmpty();
        } finally {
            harness.kill();
            sparkJvms.forEach(ProcessHandle::destroyForcibly);
            running.children().forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** The harness's Spark JVMs once both executors run (they start with the application, after the workers). */
    private static List<ProcessHandle> awaitSparkJvms(ForkedJvm harness) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            List<ProcessHandle> spark = ProcessHandle.of(harness.pid())
                    .orElseThrow()
                    .descendants()
                    .filter(p -> !role(p).isEmpty())
                    .toList();
            if (spark.stream().filter(p -> role(p).equals("executor")).count() >= 2) {
                return spark;
            }
            assertThat(harness.isAlive())
                    .as("harness died:\n" + harness.outputTail(40))
                    .isTrue();
            assertThat(System.nanoTime()).as("two executors running: " + spark).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** master, worker or executor from the command line (roles run from argument files named after them). */
    private static String role(ProcessHandle process) {
        String command = process.info().commandLine().orElse("");
        if (command.contains(SparkRoleArgs.EXECUTOR_CLASS)) {
            return "executor";
        }
        if (command.contains("/cluster/master.jvmargs")) {
            return "master";
        }
        return command.contains("/cluster/worker-") ? "worker" : "";
    }
}
