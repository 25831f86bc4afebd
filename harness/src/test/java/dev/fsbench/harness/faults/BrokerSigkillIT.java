package dev.fsbench.harness.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.run.HarnessInMeasuredPhase;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault-matrix row "SIGKILL of the broker": a run of two short baseline workloads whose embedded broker is killed
 * in the first one's measured phase. The first workload fails naming Kafka, the second is FAILED "Kafka unavailable"
 * without being started (none of its timeouts pass), the run exits 1 with a final, not-OK result.json that keeps
 * what the first workload measured, and no child process is left.
 */
class BrokerSigkillIT {

    /** Two workloads of 30 s each: undisturbed, the run would take well over a minute. */
    private static final List<String> TWO_WORKLOADS = List.of(
            "--engines",
            "baseline",
            "--rate",
            "1000",
            "--duration",
            "30s",
            "--warmup",
            "1s",
            "--repeat",
            "2",
            "-P",
            "jvm.heap=512m");

    private static final Duration SECOND_WORKLOAD_DURATION = Duration.ofSeconds(30);
    private static final Pattern MEASURE_LINE = Pattern.compile("\\] measure ");

    @Test
    void killingTheBrokerFailsTheWorkloadNamingKafkaAndTheRestAtOnce(@TempDir Path dir) throws Exception {
        HarnessInMeasuredPhase running = HarnessInMeasuredPhase.start(dir, TWO_WORKLOADS);
        ForkedJvm harness = running.harness();
        try {
            // a few seconds into the measured phase, so that it has measured windows to keep
            awaitConsoleLines(harness, MEASURE_LINE, 5);
            ProcessHandle broker = running.children().stream()
                    .filter(child -> child.info().commandLine().orElse("").contains("kafka-broker.jvmargs"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no broker JVM among " + running.children()));

            long killedAt = System.nanoTime();
            assertThat(broker.destroyForcibly()).isTrue(); // SIGKILL
            Duration detected = awaitConsole(harness, "Kafka unavailable", killedAt);
            assertThat(harness.waitFor(Duration.ofSeconds(120)))
                    .as("harness exits after losing its broker")
                    .isTrue();
            Duration timeToExit = Duration.ofNanos(System.nanoTime() - killedAt);
            System.out.println("broker SIGKILL: reported on the console after " + detected.toMillis()
                    + " ms, harness exited after " + timeToExit.toMillis() + " ms");

            assertThat(harness.exitCode()).contains(1);
            RunResult result = running.result();
            assertThat(result.status()).isEqualTo(RunStatus.FAILED);
            assertThat(result.finishedAt()).isNotNull();
            assertThat(result.workloads()).hasSize(2);
            WorkloadResult first = result.workloads().get(0);
            WorkloadResult second = result.workloads().get(1);
            assertThat(first.status()).isEqualTo(RunStatus.FAILED);
            assertThat(first.failureReason())
                    .startsWith("Kafka unavailable: embedded at 127.0.0.1:")
                    .contains("the broker JVM exited with code 137 (signal 9)");
            // what the first workload measured before the loss is kept
            assertThat(first.latencyMs().count()).as("measured windows kept").isPositive();
            assertThat(first.latencyOverTime()).isNotEmpty();
            Path latencyLog;
            try (Stream<Path> files = Files.walk(running.runDir())) {
                latencyLog = files.filter(f -> f.endsWith("latency.hlog"))
                        .findFirst()
                        .orElseThrow();
            }
            assertThat(Files.size(latencyLog)).isPositive();
            // the second never started: no engine, no load, none of its own timeouts waited out
            assertThat(second.status()).isEqualTo(RunStatus.FAILED);
            assertThat(second.failureReason())
                    .startsWith("Kafka unavailable: embedded at 127.0.0.1:")
                    .endsWith("(the workload was not started)");
            assertThat(second.generator()).isNull();
            assertThat(timeToExit)
                    .as("the second workload's measured phase alone would take longer")
                    .isLessThan(SECOND_WORKLOAD_DURATION);
            running.assertNoChildLeft();
            assertThat(brokerWorkDir(running.runDir()))
                    .as("the broker's temp dir")
                    .doesNotExist();

            FaultMatrixRow.record(
                    "sigkill-broker-measured",
                    "SIGKILL of the embedded broker JVM",
                    "measured",
                    "exit 1; run FAILED; current workload FAILED \"Kafka unavailable: embedded at ...: the broker JVM"
                            + " exited with code 137 (signal 9)\" (reported " + detected.toMillis()
                            + " ms after the kill); remaining workload FAILED \"Kafka unavailable\" without starting;"
                            + " no process left",
                    harness.exitCode().orElseThrow(),
                    timeToExit,
                    "result.json (final, FAILED); the first workload's latency so far (result and latency.hlog),"
                            + " engine and broker logs; the broker's temp dir removed");
        } finally {
            harness.kill();
        }
    }

    /** The embedded broker's temp dir: the last argument of its command line (kafka/kafka-broker.jvmargs). */
    private static Path brokerWorkDir(Path runDir) throws Exception {
        List<String> args = Files.readAllLines(runDir.resolve("kafka").resolve("kafka-broker.jvmargs"));
        String last = args.get(args.size() - 1);
        Path workDir = Path.of(last.substring(1, last.length() - 1)); // ForkedJvm quotes every argument
        assertThat(workDir.getFileName().toString()).startsWith("fsbench-kafka-");
        return workDir;
    }

    /** Waits until the harness's console holds {@code count} lines matching {@code line}. */
    private static void awaitConsoleLines(ForkedJvm harness, Pattern line, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (line.matcher(Files.readString(harness.stdoutFile())).results().count() < count) {
            assertThat(harness.isAlive())
                    .as("harness died early:\n" + harness.outputTail(40))
                    .isTrue();
            assertThat(System.nanoTime()).as("too few lines like " + line).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Waits until the console says {@code text}; returns the time since {@code sinceNanos}. */
    private static Duration awaitConsole(ForkedJvm harness, String text, long sinceNanos) throws Exception {
        long deadline = sinceNanos + Duration.ofSeconds(60).toNanos();
        while (!Files.readString(harness.stdoutFile()).contains(text)) {
            assertThat(System.nanoTime())
                    .as("never said '" + text + "':\n" + harness.outputTail(40))
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - sinceNanos);
    }
}
