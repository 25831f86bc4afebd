package dev.fsbench.harness.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.process.CurrentClasspath;
import dev.fsbench.harness.process.ForkedJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker must not outlive a harness killed with SIGKILL (no shutdown hook runs then): its stdin pipe
 * breaks, it stops and deletes its own work dir.
 */
class EmbeddedBrokerOrphanIT {

    private static final Pattern STARTED = Pattern.compile("broker-pid=(\\d+) work-dir=(\\S+)");

    @Test
    void brokerStopsAndCleansUpWhenTheHarnessIsKilled(@TempDir Path logDir) throws Exception {
        List<Path> classpath = CurrentClasspath.entries();
        ForkedJvm harness = ForkedJvm.start(new ForkedJvm.Spec(
                "fake-harness",
                EmbeddedKafkaHolderMain.class.getName(),
                classpath,
                List.of("-Xmx256m"),
                List.of(),
                Map.of(),
                logDir));
        Optional<ProcessHandle> broker = Optional.empty();
        try {
            Matcher started = awaitStartLine(harness);
            broker = ProcessHandle.of(Long.parseLong(started.group(1)));
            Path workDir = Path.of(started.group(2));
            assertThat(broker).get().matches(ProcessHandle::isAlive);
            assertThat(workDir).isDirectory();

            // SIGKILL the harness alone, not its descendants: the broker must notice by itself
            ProcessHandle.of(harness.pid()).orElseThrow().destroyForcibly();
            assertThat(harness.waitFor(Duration.ofSeconds(10))).isTrue();

            assertThat(broker.get()
                            .onExit()
                            .get(30, java.util.concurrent.TimeUnit.SECONDS)
                            .isAlive())
                    .isFalse();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (Files.exists(workDir) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(workDir).doesNotExist();
        } finally {
            broker.ifPresent(ProcessHandle::destroyForcibly);
            harness.kill();
        }
    }

    private static Matcher awaitStartLine(ForkedJvm harness) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(harness.stdoutFile())) {
                Matcher matcher = STARTED.matcher(Files.readString(harness.stdoutFile()));
                if (matcher.find()) {
                    return matcher;
                }
            }
            assertThat(harness.isAlive())
                    .as("fake harness died:\n%s", harness.outputTail(30))
                    .isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("the embedded broker did not start within 90 s:\n" + harness.outputTail(30));
    }
}
